import { useTranslation } from 'react-i18next'
import { findingsKo, render } from '../core/messages/index.ts'
import type { Diagnostic } from '../core/validate/diagnostic.ts'
import { i18next } from './i18n.ts'

// the rules' messages (src/core/messages) join the app's i18next as the `findings` namespace:
// keys are the English templates, so English needs no bundle (a missing key is its own text)
export const FINDINGS_NS = 'findings'
i18next.addResourceBundle('ko', FINDINGS_NS, findingsKo, true, true)

type Shown = Pick<Diagnostic, 'message' | 'messageId' | 'params'>

/**
 * The text of a finding in the chosen language. Components show findings only through this, so
 * a language switch re-renders them. Nested messages in the parameters are translated too; a
 * finding without an id (a YAML syntax error) shows its English message.
 */
export function useFindingText(): (d: Shown) => string {
  return findingTextIn(useTranslation().i18n)
}

type Source = { language: string; getResource(lng: string, ns: string, key: string): unknown }

/** The texts of findings in `i18n`'s current language (the hook's work, testable without React). */
export function findingTextIn(i18n: Source): (d: Shown) => string {
  const lng = i18n.language
  return (d) => {
    if (d.messageId === undefined) return d.message
    return render({ id: d.messageId, params: d.params ?? {} }, (id) => {
      const t: unknown = i18n.getResource(lng, FINDINGS_NS, id)
      return typeof t === 'string' ? t : undefined
    })
  }
}
