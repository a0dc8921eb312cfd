import { beforeEach, describe, expect, it, vi } from 'vitest'
import { readPrefs, writePrefs } from './prefs.ts'

const KEY = 'siteconfig-studio:prefs'

function memoryStorage(): Storage {
  const m = new Map<string, string>()
  return {
    get length() {
      return m.size
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  }
}

describe('prefs: theme', () => {
  beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()))

  it('remembers the chosen theme with the layout', () => {
    writePrefs({ paneWidth: 600, release: '4.18', diffInline: false, theme: 'dark' })
    expect(readPrefs().theme).toBe('dark')
    writePrefs({ paneWidth: 600, release: '4.18', diffInline: false, theme: 'system' })
    expect(readPrefs().theme).toBe('system')
  })

  it('drops a theme it does not know, so the app follows the system', () => {
    localStorage.setItem(KEY, JSON.stringify({ paneWidth: 500, theme: 'purple' }))
    expect(readPrefs()).toEqual({ paneWidth: 500 })
  })
})
