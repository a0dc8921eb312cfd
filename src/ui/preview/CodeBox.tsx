import Editor from '@monaco-editor/react'
import { useEffect, useRef } from 'react'
import type * as Monaco from 'monaco-editor/editor'
import { setPending } from '../../state/pendingYaml.ts'
import { minimalEdit } from '../monaco/minimalEdit.ts'
import { useColorScheme } from '../useColorScheme.ts'
import { monacoTheme } from '../monacoTheme.ts'
import '../monaco/setup.ts'

interface Props {
  /** a unique model path, e.g. inmemory://preview/discovery/file/0 */
  path: string
  language: 'shell' | 'ini' | 'plaintext'
  value: string
  ariaLabel: string
  readOnly?: boolean
  /** the user's text, after a short pause in typing */
  onChange?: (text: string) => void
  /** typing ended (focus left the box) */
  onDone?: () => void
}

const DEBOUNCE_MS = 200

/**
 * A small Monaco editor for a unit or a decoded script. Outside changes (undo, another edit)
 * arrive as minimal edits, never setValue, so the cursor stays; the user's typing leaves after
 * a pause, and at once when the box loses focus.
 */
export function CodeBox({ path, language, value, ariaLabel, readOnly, onChange, onDone }: Props) {
  const scheme = useColorScheme()
  const editorRef = useRef<Monaco.editor.IStandaloneCodeEditor | null>(null)
  const applying = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const handlers = useRef({ onChange, onDone })
  useEffect(() => {
    handlers.current = { onChange, onDone }
  })

  useEffect(() => {
    const ed = editorRef.current
    const model = ed?.getModel()
    if (!ed || !model) return
    const e = minimalEdit(model.getValue(), value)
    if (!e) return
    const a = model.getPositionAt(e.start)
    const b = model.getPositionAt(e.end)
    applying.current = true
    ed.executeEdits('siteconfig-studio', [
      {
        range: {
          startLineNumber: a.lineNumber,
          startColumn: a.column,
          endLineNumber: b.lineNumber,
          endColumn: b.column,
        },
        text: e.text,
      },
    ])
    applying.current = false
  }, [value])

  useEffect(() => () => clearTimeout(timer.current), [])

  const all = value.split('\n')
  const lines = Math.min(30, Math.max(4, all.length + 1))
  // wrapping measures each line in the DOM: a 200 KB line (20,000 Before= names) froze the page
  const wrap = all.every((l) => l.length <= 5000)
  return (
    <div className="code-box" style={{ height: lines * 19 + 10 }}>
      <Editor
        path={path}
        defaultValue={value}
        defaultLanguage={language}
        theme={monacoTheme(scheme)}
        loading={<pre className="code-fallback">{value}</pre>}
        options={{
          readOnly,
          automaticLayout: true,
          minimap: { enabled: false },
          lineNumbers: 'on',
          fontSize: 12,
          scrollBeyondLastLine: false,
          wordWrap: wrap ? 'on' : 'off',
          ariaLabel,
          tabSize: 2,
        }}
        onMount={(ed) => {
          editorRef.current = ed
          const flush = () => {
            if (timer.current === undefined) return
            clearTimeout(timer.current)
            timer.current = undefined
            setPending(path, null)
            handlers.current.onChange?.(ed.getValue())
          }
          ed.onDidChangeModelContent(() => {
            if (applying.current) return
            clearTimeout(timer.current)
            timer.current = setTimeout(flush, DEBOUNCE_MS)
            setPending(path, flush)
          })
          ed.onDidBlurEditorText(() => {
            flush()
            handlers.current.onDone?.()
          })
        }}
      />
    </div>
  )
}
