import { useEffect, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { act, useEditorStore } from '../../state/editorStore.ts'
import type { ActionId } from '../../state/commands/actionTable.ts'
import { filterEntries, paletteEntries } from './paletteModel.ts'

/**
 * Every enabled action, searchable (F1, Ctrl/Cmd+Shift+P): a modal dialog with a combobox over
 * a listbox. Arrows move, Enter runs, Escape closes; focus goes back where it was.
 */
export function CommandPalette() {
  const ref = useRef<HTMLDialogElement>(null)
  const back = useRef<HTMLElement | null>(null)
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  // what is enabled when the palette opens; running one closes it
  const entries = useMemo(() => paletteEntries(useEditorStore.getState()), [])
  const shown = useMemo(() => filterEntries(entries, query), [entries, query])
  const current = Math.min(active, shown.length - 1)

  useEffect(() => {
    const d = ref.current
    back.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (d && !d.open) d.showModal()
  }, [])
  useEffect(() => {
    document.getElementById(`palette-${current}`)?.scrollIntoView({ block: 'nearest' })
  }, [current])

  const close = () => {
    // closed natively first: nothing outside a modal dialog can take focus while it is open
    ref.current?.close()
    back.current?.focus()
    void act('dialog.close')
  }
  const run = (id: ActionId | undefined) => {
    if (!id) return
    close()
    void act(id)
  }
  const onKey = (e: KeyboardEvent) => {
    const n = shown.length
    const moves: Record<string, () => number> = {
      ArrowDown: () => (current + 1) % n,
      ArrowUp: () => (current - 1 + n) % n,
      PageDown: () => Math.min(n - 1, current + 8),
      PageUp: () => Math.max(0, current - 8),
    }
    if (moves[e.key] && n) {
      e.preventDefault()
      setActive(moves[e.key]!())
    } else if (e.key === 'Enter') {
      e.preventDefault()
      run(shown[current]?.id)
    }
  }
  return (
    <dialog
      ref={ref}
      className="dialog palette"
      aria-label="Command palette"
      onCancel={(e) => {
        e.preventDefault()
        close()
      }}
    >
      <label className="palette-label" htmlFor="palette-input">
        Command
      </label>
      <input
        id="palette-input"
        className="palette-input"
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 ? `palette-${current}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="Type to search the commands"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={onKey}
      />
      <ul id="palette-list" role="listbox" aria-label="Commands" className="palette-list">
        {shown.map((en, i) => (
          <li
            key={en.id}
            id={`palette-${i}`}
            role="option"
            aria-selected={i === current}
            aria-label={en.shortcut ? `${en.label} (${en.shortcut})` : en.label}
            className={i === current ? 'active' : undefined}
            onMouseMove={() => i !== current && setActive(i)}
            onClick={() => run(en.id)}
          >
            <span>{en.label}</span>
            <span className="muted palette-group">{en.group}</span>
            {en.shortcut ? <kbd>{en.shortcut}</kbd> : null}
          </li>
        ))}
      </ul>
      {shown.length === 0 ? <p className="muted">No command matches.</p> : null}
    </dialog>
  )
}
