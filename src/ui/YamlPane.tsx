import Editor, { loader } from '@monaco-editor/react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Monaco from 'monaco-editor/editor'
import { useEditorStore } from '../state/editorStore.ts'
import { monaco } from './monaco/setup.ts'
import { setYamlEditor } from './monaco/editorRef.ts'
import { registerQuickFixes } from './monaco/quickFixes.ts'
import { attachLineBreakMarks } from './monaco/lineBreakMarks.ts'
import { attachCursorPath } from './monaco/cursorPath.ts'
import { attachYamlSync } from './monaco/yamlSync.ts'
import { configureSchemaHelp, YAML_MODEL_PATH } from './monaco/yamlSchema.ts'
import { useColorScheme } from './useColorScheme.ts'
import { monacoTheme } from './monacoTheme.ts'

// the bundled Monaco; without this the loader would fetch Monaco from a CDN
loader.config({ monaco })
configureSchemaHelp(monaco)

declare global {
  interface Window {
    /** e2e build only (see main.tsx) */
    __studioMonaco?: { monaco: typeof Monaco; editor: Monaco.editor.IStandaloneCodeEditor }
  }
}

/** The YAML pane: Monaco on the document text, synced both ways with the store. Lazily loaded. */
export default function YamlPane() {
  const { t } = useTranslation()
  const scheme = useColorScheme()
  const detach = useRef<(() => void) | null>(null)
  useEffect(
    () => () => {
      detach.current?.()
      setYamlEditor(null)
    },
    [],
  )
  return (
    <div className="yaml-editor">
      <Editor
        defaultValue={useEditorStore.getState().file.text}
        defaultLanguage="yaml"
        path={YAML_MODEL_PATH}
        theme={monacoTheme(scheme)}
        loading={<p className="muted">{t('Loading the YAML editor…')}</p>}
        options={{
          automaticLayout: true,
          minimap: { enabled: false },
          fontSize: 13,
          scrollBeyondLastLine: false,
          tabSize: 2,
          insertSpaces: true,
          detectIndentation: false,
          wordWrap: 'off',
          // bracket-pair colouring re-walks the JSON inside overrides on every edit; a measurable
          // share of a keystroke on large files (see docs/PERFORMANCE.md)
          bracketPairColorization: { enabled: false },
          guides: { bracketPairs: false, indentation: true },
          ariaLabel: t('SiteConfig YAML'),
          // a reviewer must see what hides in the text: bidi controls, invisible and look-alike
          // characters, anywhere (lineBreakMarks adds U+0085/U+2028/U+2029); nothing is removed
          unicodeHighlight: {
            invisibleCharacters: true,
            ambiguousCharacters: true,
            nonBasicASCII: false,
            includeComments: true,
            includeStrings: true,
          },
          unusualLineTerminators: 'off',
          renderControlCharacters: true,
        }}
        onMount={(editor) => {
          // the editor option above does not reach the model, which otherwise keeps a bracket tree
          // of the whole text (the JSON inside every override) up to date on each edit
          editor.getModel()?.updateOptions({
            bracketColorizationOptions: {
              enabled: false,
              independentColorPoolPerBracketType: false,
            },
          })
          const unsync = attachYamlSync(editor, monaco)
          const unmark = attachLineBreakMarks(editor)
          const uncursor = attachCursorPath(editor)
          detach.current = () => {
            unsync()
            unmark()
            uncursor()
          }
          registerQuickFixes(monaco)
          if (import.meta.env.MODE === 'e2e') window.__studioMonaco = { monaco, editor }
          setYamlEditor(editor)
        }}
      />
      <p className="hint">
        {t('Tab inserts indentation. Press Ctrl+M (Ctrl+Shift+M on macOS) to move focus with Tab.')}
      </p>
    </div>
  )
}
