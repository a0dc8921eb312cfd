import { useShallow } from 'zustand/react/shallow'
import { useEditorStore } from '../state/editorStore.ts'

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** "0 errors, 3 warnings" for the toolbar. */
export function ProblemSummary() {
  const counts = useEditorStore(
    useShallow((s) => ({
      errors: s.diagnostics.filter((d) => d.severity === 'error').length,
      warnings: s.diagnostics.filter((d) => d.severity === 'warning').length,
    })),
  )
  return (
    <p className="problems" role="status" data-testid="problems.summary">
      {`${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}`}
    </p>
  )
}
