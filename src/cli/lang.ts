/**
 * The language of the CLI's finding messages: --lang, else the locale environment in POSIX order
 * (LC_ALL, LC_MESSAGES, LANG: ko_KR.UTF-8 → Korean), else English. `C`/`POSIX` is English.
 */
import type { FindingLanguage } from '../core/messages/index.ts'
import { CliError } from './io.ts'

export type Env = Readonly<Record<string, string | undefined>>

export interface LangChoice {
  lang: FindingLanguage
  /** --lang was given: JSON output then carries messageId and params too */
  explicit: boolean
}

const base = (v: string) => v.toLowerCase().split(/[-_.@]/)[0]

export function cliLanguage(option: string | undefined, env: Env): LangChoice {
  if (option !== undefined) {
    if (option !== 'en' && option !== 'ko')
      throw new CliError(`--lang must be en or ko (got "${option}")`)
    return { lang: option, explicit: true }
  }
  // the first one set decides, as for every POSIX program: LC_ALL=C wins over LANG=ko_KR
  const set = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '')
  return { lang: set !== undefined && base(set) === 'ko' ? 'ko' : 'en', explicit: false }
}
