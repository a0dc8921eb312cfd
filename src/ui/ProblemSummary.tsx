import { useShallow } from 'zustand/react/shallow'
import { useEditorStore } from '../state/editorStore.ts'

export function ProblemSummary() {
  const counts = useEditorStore(
    useShallow((s) => ({
      errors: s.diagnostics.filter((d) => d.severity === 'error').length,
      warnings: s.diagnostics.filter((d) => d.severity === 'warning').length,
    })),
  )
  return (
    <p className="problems" role="status" data-testid="problems.summary">
      {counts.errors} errors, {counts.warnings} warnings
    </p>
  )
}
