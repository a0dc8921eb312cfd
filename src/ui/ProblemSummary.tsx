import { useShallow } from 'zustand/react/shallow'
import { useEditorStore } from '../state/editorStore.ts'

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** "0 errors, 3 warnings" for the toolbar, or that validation failed. */
export function ProblemSummary() {
  const failed = useEditorStore((s) => s.validationError)
  const counts = useEditorStore(
    useShallow((s) => ({
      errors: s.diagnostics.filter((d) => d.severity === 'error').length,
      warnings: s.diagnostics.filter((d) => d.severity === 'warning').length,
    })),
  )
  return (
    <p
      className={`problems${failed === null ? '' : ' failed'}`}
      role="status"
      data-testid="problems.summary"
      title={failed ?? undefined}
    >
      {failed === null
        ? `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}`
        : `Validation failed: ${failed.length > 80 ? `${failed.slice(0, 79)}…` : failed}`}
    </p>
  )
}
