/**
 * Known bugs the default run steps around until their fix lands: each filter is narrow and names
 * its bug, so the run stays green on main and still covers everything else. Remove a filter when
 * the fix is merged (the long run reports how often each one was hit).
 */
import { EditError } from '../core/document/editContext.ts'
import type { SiteFile } from '../core/document/siteFile.ts'
import { Violation } from './violation.ts'

const violated = (e: unknown, what: RegExp) => e instanceof Violation && what.test(e.message)

/** The name of the known bug `e` (thrown by or found after command `op` on `file`), if it is one. */
export function knownBug(_op: string, file: SiteFile, e: unknown, _value?: unknown): string | null {
  if (e instanceof EditError || !(e instanceof Error)) return null
  // item 9 (YAML 1.1 line breaks): the outline and js-yaml disagree on where lines end when the
  // text holds U+0085, U+2028 or U+2029, so an edit there can land in the wrong place
  if (violated(e, /old value back changed the bytes/) && /[\u0085\u2028\u2029]/.test(file.text))
    return 'item9-yaml11-line-breaks'
  return null
}
