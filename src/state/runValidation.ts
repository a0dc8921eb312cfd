/** One validation run that never throws: a rule that fails is reported as the run's error. */
import { readSiteFile } from '../core/document/siteFile.ts'
import type { Diagnostic } from '../core/validate/diagnostic.ts'
import { validate } from '../core/validate/validate.ts'

export type ValidationResult = { diagnostics: Diagnostic[] } | { error: string }

export function runValidation(
  text: string,
  release: string,
  check: typeof validate = validate,
): ValidationResult {
  try {
    return { diagnostics: check(readSiteFile(text), release ? { release } : {}) }
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) }
  }
}
