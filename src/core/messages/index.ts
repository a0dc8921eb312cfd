/** Finding messages (issue 13): the formatter and the Korean catalogue; English is the ids. */
import { render } from './message.ts'
import type { MessageRef } from './message.ts'
import { ko } from './ko/index.ts'

export { msg, render, placeholders } from './message.ts'
export type { Message, MessageRef, Param, Params, Lookup } from './message.ts'
export { ko as findingsKo }

export type FindingLanguage = 'en' | 'ko'

/** A finding's text in `lng`; English (and anything the catalogue lacks) is the English template. */
export function findingText(m: MessageRef, lng: FindingLanguage): string {
  return lng === 'ko' ? render(m, (id) => ko[id]) : render(m)
}
