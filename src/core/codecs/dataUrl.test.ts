import { describe, expect, it } from 'vitest'
import { readSiteFile, siteData } from '../document/siteFile.ts'
import { seedText } from '../../test/fixtures.ts'
import { gzipBomb } from '../../test/bomb.ts'
import {
  GUNZIP_LIMIT,
  decodeDataUrl,
  encodeDataUrl,
  gunzipCapped,
  parseDataUrl,
  reencodeLike,
} from './dataUrl.ts'
import { filesOf, parseIgnition } from './ignition.ts'

function seedSources(): string[] {
  const data = siteData(readSiteFile(seedText())) as {
    spec: { clusters: Array<Record<string, unknown> & { nodes: Array<Record<string, unknown>> }> }
  }
  const c = data.spec.clusters[0]
  const overrides = [c?.ignitionConfigOverride, c?.nodes[0]?.ignitionConfigOverride]
  return overrides.flatMap((o) => {
    const p = parseIgnition(String(o))
    return p.ok ? filesOf(p.config).map((f) => String(f.contents?.source)) : []
  })
}

describe('data URLs', () => {
  it('re-encodes the three seed scripts to the exact original strings', () => {
    const sources = seedSources()
    expect(sources).toHaveLength(3)
    for (const src of sources) {
      const text = decodeDataUrl(src)
      expect(text.startsWith('#!/')).toBe(true)
      expect(encodeDataUrl(text)).toBe(src)
    }
  })

  it('decodes base64 and gzip+base64 and keeps base64 base64', () => {
    const b64 = encodeDataUrl('echo hi\n', { encoding: 'base64' })
    expect(b64).toBe('data:base64,ZWNobyBoaQo=')
    expect(decodeDataUrl('data:text/plain;charset=utf-8;base64,ZWNobyBoaQo=')).toBe('echo hi\n')
    const gz = encodeDataUrl('#!/bin/bash\necho ünï\n', { encoding: 'base64', compression: 'gzip' })
    expect(decodeDataUrl(gz, 'gzip')).toBe('#!/bin/bash\necho ünï\n')
    expect(reencodeLike(b64, 'echo bye\n')).toBe('data:base64,ZWNobyBieWUK')
    expect(reencodeLike(b64, 'echo hi\n')).toBe(b64)
  })

  it('encodes like the docs: only A-Z a-z 0-9 - _ . ~ stay raw', () => {
    expect(encodeDataUrl("a b'#!/~._-é\n")).toBe('data:,a%20b%27%23%21%2F~._-%C3%A9%0A')
  })

  it.each([
    ['text', /missing data prefix/],
    ['data:abc', /missing comma/],
    ['data:,#!/bin/bash', /invalid data character '#'/],
    ['data:,a b', /invalid data character ' '/],
    ['data:,%G1', /invalid escape/],
    ['data:;base64,ab-_', /URL-safe/],
    ['data:;base64,abc', /padding/],
  ])('rejects %s', (url, msg) => {
    expect(() => parseDataUrl(url)).toThrow(msg)
  })

  it('does not decode + as a space', () => {
    expect(decodeDataUrl('data:,a+b')).toBe('a+b')
  })

  it('gunzips capped: a bomb with a forged ISIZE stops past the limit, whatever the trailer says', () => {
    const bomb = gzipBomb(1024, 100)
    let seen = 0
    const r = gunzipCapped(bomb, GUNZIP_LIMIT, (c) => (seen += c.length))
    expect(r.over).toBe(true)
    expect(seen).toBe(GUNZIP_LIMIT)
    expect(r.size).toBeLessThan(GUNZIP_LIMIT + 1.1 * 1048576)
    let b = ''
    for (let i = 0; i < bomb.length; i += 0x8000)
      b += String.fromCharCode(...bomb.subarray(i, i + 0x8000))
    expect(() => decodeDataUrl('data:;base64,' + btoa(b), 'gzip')).toThrow(
      'the gzip data decompresses to more than 4 MiB',
    )
    // near miss: under the limit, a forged trailer changes nothing either
    const small = btoa(String.fromCharCode(...gzipBomb(1, 7)))
    expect(decodeDataUrl('data:;base64,' + small, 'gzip')).toHaveLength(1048576)
  })
})
