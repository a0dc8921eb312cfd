import { beforeEach, describe, expect, it, vi } from 'vitest'

const KEY = 'siteconfig-studio:language'

describe('language choice', () => {
  beforeEach(() => {
    vi.resetModules()
    const m = new Map<string, string>()
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
      removeItem: (k: string) => void m.delete(k),
    })
    vi.stubGlobal('navigator', { languages: ['en-US'] })
  })

  it('is remembered: the next start takes it over the browser language', async () => {
    const first = await import('./i18n.ts')
    expect(first.startLanguage()).toBe('en')
    await first.setLanguage('ko')
    expect(first.i18next.language).toBe('ko')
    expect(localStorage.getItem(KEY)).toBe('ko')
    vi.resetModules()
    const next = await import('./i18n.ts')
    await next.languageReady
    expect(next.startLanguage()).toBe('ko')
    expect(next.i18next.t('Language')).toBe('언어')
  })

  it('follows the browser when nothing was chosen', async () => {
    vi.stubGlobal('navigator', { languages: ['ko-KR', 'en'] })
    const { startLanguage } = await import('./i18n.ts')
    expect(startLanguage()).toBe('ko')
  })
})
