import { describe, expect, it } from 'vitest'
import { readSiteFile } from '../../core/document/siteFile.ts'
import { setField } from '../../core/document/commands.ts'
import { seedText } from '../../test/fixtures.ts'
import { minimalEdit } from './minimalEdit.ts'
import { siteConfigModel } from '../../core/site/siteModel.ts'

const apply = (a: string, e: ReturnType<typeof minimalEdit>) =>
  e ? a.slice(0, e.start) + e.text + a.slice(e.end) : a

describe('minimalEdit', () => {
  it('finds the one changed span of a form edit on the seed', () => {
    const a = seedText()
    const b = setField(readSiteFile(a), {
      path: [...siteConfigModel.cluster(0), 'clusterName'],
      value: 'sno-worker-1',
    }).text
    const e = minimalEdit(a, b)
    expect(e).toEqual({
      start: a.indexOf('sno-worker-0') + 11,
      end: a.indexOf('sno-worker-0') + 12,
      text: '1',
    })
    expect(apply(a, e)).toBe(b)
  })

  it('handles insertions, deletions, repeats and no change', () => {
    for (const [a, b] of [
      ['aaa', 'aaaa'],
      ['abcabc', 'abc'],
      ['', 'x'],
      ['x', ''],
      ['key: 1\n', 'key: 1\nother: 2\n'],
    ] as const)
      expect(apply(a, minimalEdit(a, b))).toBe(b)
    expect(minimalEdit('same', 'same')).toBeNull()
  })

  it('agrees with a character-by-character scan on long texts with edits anywhere', () => {
    const base = seedText().repeat(20)
    let seed = 7
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n
    for (let i = 0; i < 200; i++) {
      const at = rand(base.length)
      const cut = rand(40)
      const b = base.slice(0, at) + 'xy'.slice(0, rand(3)) + base.slice(at + cut)
      const e = minimalEdit(base, b)
      expect(apply(base, e)).toBe(b)
      let p = 0
      while (p < Math.min(base.length, b.length) && base[p] === b[p]) p++
      if (e) expect(e.start).toBe(p)
    }
  })
})
