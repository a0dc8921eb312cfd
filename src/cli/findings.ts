/**
 * A finding's text in the CLI's language. The Korean catalogue (100 KB of the bundle) loads only
 * when Korean is asked for, so an English `validate` does not parse it at every start.
 */
import type { FindingLanguage } from '../core/messages/index.ts'
import { render } from '../core/messages/message.ts'
import type { Diagnostic } from '../core/validate/diagnostic.ts'

export type FindingText = (d: Pick<Diagnostic, 'message' | 'messageId' | 'params'>) => string

export async function findingTexts(lang: FindingLanguage): Promise<FindingText> {
  if (lang === 'en') return (d) => d.message
  const { ko } = await import('../core/messages/ko/index.ts')
  return (d) =>
    d.messageId === undefined
      ? d.message
      : render({ id: d.messageId, params: d.params ?? {} }, (id) => ko[id])
}
