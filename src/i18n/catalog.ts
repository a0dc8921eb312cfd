/**
 * The app's text catalogues, one file per area and language (src/i18n/en, src/i18n/ko), merged into
 * one `translation` namespace. Pure data: the app's i18next, the CLI and the tests all read it.
 * Korean is in catalogKo.ts, loaded by the app only when it is the language shown.
 * Finding messages live with the rules (src/core/messages) and join as the `findings` namespace.
 */
import { actions as enActions } from './en/actions.ts'
import { common as enCommon } from './en/common.ts'
import { convert as enConvert } from './en/convert.ts'
import { forms as enForms } from './en/forms.ts'
import { fleet as enFleet } from './en/fleet.ts'
import { frame as enFrame } from './en/frame.ts'
import { resources as enResources } from './en/resources.ts'
import { side as enSide } from './en/side.ts'

export const en = {
  ...enCommon,
  ...enFrame,
  ...enForms,
  ...enSide,
  ...enActions,
  ...enConvert,
  ...enResources,
  ...enFleet,
}

export type Catalog = typeof en
/** A key of the app's catalogue (its English text), for code that names a text without showing it. */
export type TextKey = keyof Catalog

export const LANGUAGES = ['en', 'ko'] as const
export type Language = (typeof LANGUAGES)[number]
/** Each language's name in itself, for the switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ko: '한국어' }

/** The first supported language of a preference list (browser languages, LANG), else English. */
export function pickLanguage(prefs: readonly (string | null | undefined)[]): Language {
  for (const p of prefs) {
    const base = p?.toLowerCase().split(/[-_.]/)[0]
    const hit = LANGUAGES.find((l) => l === base)
    if (hit) return hit
  }
  return 'en'
}
