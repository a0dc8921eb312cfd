import { useTranslation } from 'react-i18next'
import { render } from '../core/messages/message.ts'
import type { Diagnostic } from '../core/validate/diagnostic.ts'
import { FINDINGS_NS } from './i18n.ts'

// the rules' messages join the app's i18next as the `findings` namespace (loaded with Korean by
// i18n.ts): keys are the English templates, so English needs no bundle
export { FINDINGS_NS }

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
