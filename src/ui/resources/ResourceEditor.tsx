import Editor from '@monaco-editor/react'
import { useEffect, useRef } from 'react'
import type * as Monaco from 'monaco-editor/editor'
import { useTranslation } from 'react-i18next'
import { useColorScheme } from '../useColorScheme.ts'
import { monacoTheme } from '../monacoTheme.ts'
import '../monaco/setup.ts'

interface Props {
  text: string
  /** 0-based lines to highlight (fed by the selected document field) */
  lit: readonly number[]
  /** 0-based lines of the pre-cache fields */
  precache: readonly number[]
  /** 0-based line to scroll to, with a counter so the same line can be asked for again */
  reveal: { line: number; n: number } | null
  /** the cursor moved to a 0-based line */
  onLine: (line: number) => void
}

/** The rendered resources as read-only YAML; highlights are decorations, never edits. */
export function ResourceEditor({ text, lit, precache, reveal, onLine }: Props) {
  const { t } = useTranslation()
  const scheme = useColorScheme()
  const ed = useRef<Monaco.editor.IStandaloneCodeEditor | null>(null)
  const deco = useRef<Monaco.editor.IEditorDecorationsCollection | null>(null)
  const onLineRef = useRef(onLine)
  useEffect(() => {
    onLineRef.current = onLine
  })

  useEffect(() => {
    const line = (n: number, cls: string, glyph?: string) => ({
      range: { startLineNumber: n + 1, startColumn: 1, endLineNumber: n + 1, endColumn: 1 },
      options: {
        isWholeLine: true,
        className: cls,
        ...(glyph ? { linesDecorationsClassName: glyph } : {}),
      },
    })
    deco.current?.set([
      ...precache.map((n) => line(n, 'resource-precache', 'resource-precache-mark')),
      ...lit.map((n) => line(n, 'resource-lit')),
    ])
    const first = lit[0]
    if (first !== undefined) ed.current?.revealLineInCenterIfOutsideViewport(first + 1)
  }, [lit, precache, text])

  useEffect(() => {
    if (reveal) ed.current?.revealLineNearTop(reveal.line + 1)
  }, [reveal])

  return (
    <div className="resource-editor">
      <Editor
        path="inmemory://resources/rendered.yaml"
        value={text}
        language="yaml"
        theme={monacoTheme(scheme)}
        loading={<p className="muted">{t('Loading the editor…')}</p>}
        options={{
          readOnly: true,
          automaticLayout: true,
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          fontSize: 13,
          wordWrap: 'off',
          ariaLabel: t('Rendered resources (read-only)'),
        }}
        onMount={(editor) => {
          ed.current = editor
          deco.current = editor.createDecorationsCollection()
          editor.onDidChangeCursorPosition((e) => onLineRef.current(e.position.lineNumber - 1))
          if (import.meta.env.MODE === 'e2e') window.__studioResources = editor
        }}
      />
    </div>
  )
}

declare global {
  interface Window {
    /** e2e build only */
    __studioResources?: Monaco.editor.IStandaloneCodeEditor
  }
}
