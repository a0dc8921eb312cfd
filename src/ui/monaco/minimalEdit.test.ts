import { describe, expect, it } from 'vitest'
import { readSiteFile } from '../../core/document/siteFile.ts'
import { setField } from '../../core/document/commands.ts'
import { seedText } from '../../test/fixtures.ts'
import { minimalEdit } from './minimalEdit.ts'

const apply = (a: string, e: ReturnType<typeof minimalEdit>) =>
  e ? a.slice(0, e.start) + e.text + a.slice(e.end) : a

describe('minimalEdit', () => {
  it('finds the one changed span of a form edit on the seed', () => {
    const a = seedText()
    const b = setField(readSiteFile(a), {
      path: ['spec', 'clusters', 0, 'clusterName'],
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
})
