/**
 * The app's i18next: English and Korean bundled (no fetch: the app runs air-gapped), the language
 * from the saved choice, else the browser's languages; `<html lang>` follows it (screen readers and
 * axe read it). `setLanguage` switches without a reload and is remembered.
 */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en, ko, pickLanguage } from '../i18n/catalog.ts'
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

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, ko: { translation: ko } },
  lng: startLanguage(),
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

export function setLanguage(lng: Language): void {
  void i18next.changeLanguage(lng)
  try {
    localStorage.setItem(KEY, lng)
  } catch {
    // storage full or absent: the choice lasts this visit only
  }
}

export { i18next }
