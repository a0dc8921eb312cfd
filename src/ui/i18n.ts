/**
 * The app's i18next: English and Korean bundled (no fetch: the app runs air-gapped), the language
 * from the saved choice, else the browser's languages; `<html lang>` follows it (screen readers and
 * axe read it). `setLanguage` switches without a reload and is remembered.
 */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en, pickLanguage } from '../i18n/catalog.ts'
import type { Language } from '../i18n/catalog.ts'

const KEY = 'siteconfig-studio:language'

function saved(): string | null {
  try {
    return localStorage.getItem(KEY)
  } catch {
    return null
  }
}

export const startLanguage = (): Language =>
  pickLanguage([saved(), ...(typeof navigator === 'undefined' ? [] : navigator.languages)])

/** the rules' messages (src/core/messages) join as this namespace; English needs none (the ids) */
export const FINDINGS_NS = 'findings'

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  keySeparator: false,
  nsSeparator: '~',
  // React escapes; i18next escaping would show &amp; in the text
  interpolation: { escapeValue: false },
  initAsync: false,
})

const syncHtmlLang = (lng: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng
}
syncHtmlLang(i18next.language)
i18next.on('languageChanged', syncHtmlLang)

// Korean is a lazy chunk (about 30 KB gzip of texts), so an English page does not load it
async function load(lng: Language): Promise<void> {
  if (lng !== 'ko' || i18next.hasResourceBundle('ko', 'translation')) return
  const texts = await import('./koreanTexts.ts')
  i18next.addResourceBundle('ko', 'translation', texts.ko, true, true)
  i18next.addResourceBundle('ko', FINDINGS_NS, texts.findingsKo, true, true)
}

const show = async (lng: Language) => {
  await load(lng)
  await i18next.changeLanguage(lng)
}

/** Settles when the start language's texts are in: the first render waits for it. */
export const languageReady: Promise<void> = show(startLanguage())

export function setLanguage(lng: Language): Promise<void> {
  try {
    localStorage.setItem(KEY, lng)
  } catch {
    // storage full or absent: the choice lasts this visit only
  }
  return show(lng)
}

export { i18next }
