/**
 * Typing on in one field rebuilds the text from the head and tail the first keystroke sliced
 * (no whole-text copy per keystroke on a large file), and the text stays exactly what a fresh
 * write of the same value gives.
 */
import { describe, expect, it } from 'vitest'
import { seedText } from '../../test/fixtures.ts'
import { setIn } from './edit.ts'
import { readSiteFile } from './siteFile.ts'
import type { SiteFile } from './siteFile.ts'
import { siteConfigModel } from '../site/siteModel.ts'

const NAME = [...siteConfigModel.cluster(0), 'clusterName']
const HOST = [...siteConfigModel.node(0, 0), 'hostName']

function typeInto(file: SiteFile, path: (string | number)[], start: string, keys: string) {
  let f = file
  let v = start
  const files: SiteFile[] = []
  for (const k of keys) {
    v += k
    f = setIn(f, path, v)
    files.push(f)
  }
  return { f, v, files }
}

describe('typing on in one field', () => {
  it('reuses the first keystroke’s head and tail for every later one', () => {
    const { files } = typeInto(readSiteFile(seedText()), NAME, 'sno-worker-0', 'abcdefghij')
    const { base, head, tail } = files[0]!.pieces!
    for (const f of files) {
      const p = f.pieces!
      expect([p.base, p.head, p.tail]).toEqual([base, head, tail])
      expect(p.head).toBe(head)
      expect(p.tail).toBe(tail)
      expect(p.head + p.middle + p.tail).toBe(f.text)
      expect(base.slice(0, head.length) + p.middle + base.slice(base.length - tail.length)).toBe(
        f.text,
      )
    }
  })

  it('writes the same text as one fresh write of the final value', () => {
    const { f, v } = typeInto(readSiteFile(seedText()), NAME, 'sno-worker-0', 'x-y"z: #q')
    expect(f.text).toBe(setIn(readSiteFile(seedText()), NAME, v).text)
  })

  it('an edit elsewhere starts new pieces, and both edits are kept', () => {
    const first = typeInto(readSiteFile(seedText()), NAME, 'sno-worker-0', 'abc')
    const second = typeInto(first.f, HOST, 'snonode.sno-worker-0.example.domain.redhat.com', 'de')
    expect(second.files[0]!.pieces!.base).toBe(first.f.text)
    const fresh = setIn(setIn(readSiteFile(seedText()), NAME, first.v), HOST, second.v)
    expect(second.f.text).toBe(fresh.text)
    expect(readSiteFile(second.f.text).docs).toEqual(second.f.docs)
  })
})
