import { Modal, ModalBody, TextInput } from '@patternfly/react-core'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { act, useEditorStore } from '../../state/editorStore.ts'
import type { ActionId } from '../../state/commands/actionTable.ts'
import { filterEntries, paletteEntries } from './paletteModel.ts'

/**
 * Every enabled action, searchable (F1, Ctrl/Cmd+Shift+P): a modal dialog with a combobox over
 * a listbox. Arrows move (and wrap), Enter runs, Escape closes; focus goes back where it was.
 */
export function CommandPalette() {
  const { t } = useTranslation()
  const back = useRef<HTMLElement | null>(
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  )
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  // what is enabled when the palette opens, in the language shown; running one closes it
  const entries = useMemo(
    () => paletteEntries(useEditorStore.getState(), undefined, (k) => t(k)),
    [t],
  )
  const shown = useMemo(() => filterEntries(entries, query), [entries, query])
  const current = Math.min(active, shown.length - 1)

  useEffect(() => {
    document.getElementById(`palette-${current}`)?.scrollIntoView({ block: 'nearest' })
  }, [current])
  // the focus trap is gone only once the dialog is: then focus goes back
  useEffect(() => {
    const el = back.current
    return () => void requestAnimationFrame(() => el?.isConnected && el.focus())
  }, [])

  const close = () => void act('dialog.close')
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
    <Modal
      isOpen
      variant="medium"
      position="top"
      aria-label={t('Command palette')}
      onEscapePress={close}
      elementToFocus="#palette-input"
      className="frame-palette"
    >
      <ModalBody>
        <label className="palette-label" htmlFor="palette-input">
          {t('Command')}
        </label>
        <TextInput
          id="palette-input"
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-autocomplete="list"
          aria-activedescendant={current >= 0 ? `palette-${current}` : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('Type to search the commands')}
          value={query}
          onChange={(_, v) => {
            setQuery(v)
            setActive(0)
          }}
          onKeyDown={onKey}
        />
        <ul id="palette-list" role="listbox" aria-label={t('Commands')} className="palette-list">
          {shown.map((en, i) => (
            <li
              key={en.id}
              id={`palette-${i}`}
              role="option"
              aria-selected={i === current}
              className={i === current ? 'active' : undefined}
              onMouseMove={() => i !== current && setActive(i)}
              onClick={() => run(en.id)}
            >
              {/* named by its text, "<label> (<key>)"; the group is drawn by CSS, not read */}
              <span>{en.label}</span>
              <span className="palette-group" data-group={en.group} aria-hidden="true" />
              {en.shortcut ? (
                // one flex item, inline parts: the name reads "(Ctrl+S)" without inner spaces
                <span className="palette-key">
                  (<kbd>{en.shortcut}</kbd>)
                </span>
              ) : null}
            </li>
          ))}
        </ul>
        {shown.length === 0 ? <p className="palette-empty">{t('No command matches.')}</p> : null}
      </ModalBody>
    </Modal>
  )
}
