import { describe, expect, it } from 'vitest'
import { en, pickLanguage } from './catalog.ts'
import { KO_AREAS, ko } from './catalogKo.ts'

const base = (k: string) => k.replace(/_(one|other)$/, '')

describe('the catalogues', () => {
  it('have the same keys in English and Korean (Korean needs only the _other plural form)', () => {
    const koKeys = new Set(Object.keys(ko))
    const missing = Object.keys(en).filter((k) => !k.endsWith('_one') && !koKeys.has(k))
    const extra = [...koKeys].filter((k) => !(k in en))
    expect({ missing, extra }).toEqual({ missing: [], extra: [] })
  })

  it('map every English key to itself, and say something in Korean', () => {
    for (const [k, v] of Object.entries(en)) expect(v, k).toBe(base(k) === k ? k : v)
    for (const [k, v] of Object.entries(ko)) expect(v.trim(), k).not.toBe('')
  })

  it('keep the placeholders of each text in its translation', () => {
    const holes = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort()
    for (const [k, v] of Object.entries(ko))
      expect(holes(v), k).toEqual(holes(en[k as keyof typeof en] ?? k))
  })
})

describe('the areas', () => {
  it('translate a text they share the same way (the merged catalogue keeps only one)', () => {
    const seen = new Map<string, { area: string; ko: string }>()
    const clashes: string[] = []
    for (const [area, texts] of Object.entries(KO_AREAS))
      for (const [k, v] of Object.entries(texts as Record<string, string>)) {
        const before = seen.get(k)
        if (before && before.ko !== v)
          clashes.push(`${k}: ${before.area} "${before.ko}", ${area} "${v}"`)
        seen.set(k, { area, ko: v })
      }
    expect(clashes).toEqual([])
  })
})

describe('pickLanguage', () => {
  it('takes the first supported language of a preference list', () => {
    expect(pickLanguage(['ko-KR', 'en-US'])).toBe('ko')
    expect(pickLanguage(['fr-FR', 'en'])).toBe('en')
    expect(pickLanguage(['ko_KR.UTF-8'])).toBe('ko')
    expect(pickLanguage(['C.UTF-8', undefined, ''])).toBe('en')
  })
})
