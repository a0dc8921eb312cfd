import { DiffEditor, loader } from '@monaco-editor/react'
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert, EmptyState, EmptyStateBody } from '@patternfly/react-core'
import type { AlertProps } from '@patternfly/react-core'
import type * as Monaco from 'monaco-editor/editor'
import { isWorkable } from '../../state/createDocumentSlice.ts'
import { summarizeChanges } from '../../core/review/changes.ts'
import { useEditorStore } from '../../state/editorStore.ts'
import { monaco } from '../monaco/setup.ts'
import { useColorScheme } from '../useColorScheme.ts'
import { monacoTheme } from '../monacoTheme.ts'
import { ChangeSummary } from './ChangeSummary.tsx'
import { ResourceChanges } from './ResourceChanges.tsx'
import { setDiffEditor } from './diffEditorRef.ts'
import { ReviewToolbar } from './ReviewToolbar.tsx'
import { ChangedFiles } from '../fleet/ChangedFiles.tsx'
import { baselineFile } from './reviewActions.ts'
import '../side.css'

loader.config({ monaco })

/** Review before commit: what changed since the baseline, in words and as a diff. Lazily loaded. */
export default function DiffPane() {
  const { t } = useTranslation()
  const scheme = useColorScheme()
  const baseline = useEditorStore((s) => s.baseline)
  const live = useEditorStore((s) => s.file)
  // kept mounted when another tab is shown: it follows the text only while visible, so typing
  // elsewhere never pays for a diff or a summary nobody sees
  const visible = useEditorStore((s) => s.rightTab === 'diff')
  const shown = useRef(live)
  if (visible) shown.current = live
  const file = shown.current
  const inline = useEditorStore((s) => s.diffInline)
  const delivered = useEditorStore((s) => s.delivered === s.file.text)
  const [changes, setChanges] = useState<number | null>(null)
  // the summary reads both files in full: on a big file it may lag the typing, never block it
  const current = useDeferredValue(file)
  const base = useDeferredValue(baseline)
  const groups = useMemo(
    () => (isWorkable(current) ? summarizeChanges(baselineFile(base), current) : null),
    [base, current],
  )
  useEffect(() => () => setDiffEditor(null), [])
  const dirty = file.text !== baseline
  return (
    <div className="diff-pane">
      <ChangedFiles />
      <ReviewToolbar changes={changes} />
      {!dirty ? (
        <EmptyState className="no-changes" titleText={t('No changes')} headingLevel="h3">
          <EmptyStateBody>
            {t('No changes since the baseline (the file as imported or created).')}
          </EmptyStateBody>
        </EmptyState>
      ) : (
        <>
          {delivered ? null : (
            <Hint
              variant="info"
              title={t('Copy or download the YAML or the patch, then mark it as committed.')}
            />
          )}
          {groups === null ? (
            <Hint
              variant="warning"
              title={t('The summary needs YAML that parses; the diff below is up to date.')}
            />
          ) : (
            <ChangeSummary groups={groups} />
          )}
          <ResourceChanges baseline={baselineFile(base)} current={current} />
        </>
      )}
      <div className="diff-editor" hidden={!dirty}>
        <DiffEditor
          original={baseline}
          modified={file.text}
          language="yaml"
          originalModelPath="file:///review/baseline.yaml"
          modifiedModelPath="file:///review/current.yaml"
          theme={monacoTheme(scheme)}
          loading={<p className="muted">{t('Loading the diff…')}</p>}
          options={{
            readOnly: true,
            originalEditable: false,
            renderSideBySide: !inline,
            // the user's choice wins over Monaco's switch to inline below 900 px
            useInlineViewWhenSpaceIsLimited: false,
            // a 300-line file with two changes: show the changes, fold the rest (click to unfold)
            hideUnchangedRegions: { enabled: true, contextLineCount: 3, minimumLineCount: 6 },
            automaticLayout: true,
            minimap: { enabled: false },
            scrollBeyondLastLine: false,
            fontSize: 13,
            ariaLabel: t('Changes since the baseline'),
            // each side's own name: without them the inner editors are unnamed inputs (axe)
            originalAriaLabel: t('Baseline (read-only)'),
            modifiedAriaLabel: t('Current text'),
          }}
          onMount={(editor) => {
            setDiffEditor(editor)
            editor.onDidUpdateDiff(() => setChanges(editor.getLineChanges()?.length ?? 0))
            if (import.meta.env.MODE === 'e2e') window.__studioDiff = editor
          }}
        />
      </div>
    </div>
  )
}

/** A one-line note above the diff, as an inline Alert with a translated variant label. */
function Hint({ variant, title }: { variant: 'info' | 'warning'; title: string }) {
  const { t } = useTranslation()
  const label: Record<typeof variant, string> = { info: t('Info'), warning: t('Warning') }
  const props: AlertProps = { variant, title, isInline: true, isPlain: true }
  return <Alert {...props} variantLabel={label[variant]} />
}

declare global {
  interface Window {
    /** e2e build only (see main.tsx) */
    __studioDiff?: Monaco.editor.IStandaloneDiffEditor
  }
}
