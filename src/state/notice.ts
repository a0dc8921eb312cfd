/**
 * A status-line message names its text by catalogue key and parameters, so the UI shows it in the
 * chosen language (`t(key, params)`); the English rendering is kept beside them for logs and tests.
 */
import { en } from '../i18n/catalog.ts'
import type { TextKey } from '../i18n/catalog.ts'

export type NoticeParams = Readonly<Record<string, string | number>>

export interface NoticeText {
  key: TextKey
  params?: NoticeParams
}

export interface Notice extends NoticeText {
  kind: 'info' | 'error'
  /** in English */
  text: string
  at: number
}

/** `{{name}}` placeholders filled in, as i18next does (no escaping: React escapes). */
export function english(key: TextKey, params: NoticeParams = {}): string {
  return (en[key] as string).replace(/\{\{(\w+)\}\}/g, (m, p: string) =>
    p in params ? String(params[p]) : m,
  )
}

/** A message the core wrote (a refusal, a parse error): shown as it is, not translated yet. */
export const AS_IS: TextKey = '{{message}}'
