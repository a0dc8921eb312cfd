import type { Diagnostic } from '../core/validate/diagnostic.ts'

/**
 * The text of a finding in the chosen language. Components show findings only through this, so the
 * rules' message ids (issue 13) reach every place a finding is shown. For now: the English message.
 */
export function useFindingText(): (d: Pick<Diagnostic, 'message'>) => string {
  return (d) => d.message
}
