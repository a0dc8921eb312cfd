import { sha256, sha512 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { gzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { gzipBomb } from '../../test/bomb.ts'
import { findings, withOverride } from '../../test/site.ts'
import { readSiteFile } from '../document/siteFile.ts'
import { validate } from './validate.ts'

const b64 = (b: Uint8Array) => 'data:;base64,' + btoa(String.fromCharCode(...b))
const bigB64 = (b: Uint8Array) => {
  let s = ''
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000))
  return 'data:;base64,' + btoa(s)
}
const gzFile = (source: string, hash?: string, path = '/etc/x') => ({
  path,
  contents: { source, compression: 'gzip', ...(hash ? { verification: { hash } } : {}) },
})
const site = (...files: unknown[]) => withOverride({ storage: { files } })
const zeros = (n: number, fn: 'sha256' | 'sha512' = 'sha256') =>
  `${fn}-${bytesToHex((fn === 'sha256' ? sha256 : sha512)(new Uint8Array(n)))}`

describe('gzip data URLs are inflated capped, in a stream', () => {
  it('a 1 GiB gzip bomb with a forged ISIZE: a warning, no hash check, quickly', () => {
    for (const isize of [100, 0xffffffff, 1 << 30]) {
      const text = site(gzFile(bigB64(gzipBomb(1024, isize)), 'sha256-' + '0'.repeat(64)))
      const t = performance.now()
      const out = validate(readSiteFile(text)).filter((d) => d.rule.startsWith('ign-'))
      expect(performance.now() - t).toBeLessThan(3000)
      expect(out.map((d) => `${d.rule}: ${d.message}`)).toEqual([
        "ign-discovery-size: clusters[0].ignitionConfigOverride is 1384 KiB; the discovery ignition limit is 256 KiB including assisted-service's own content",
        'ign-compression: /etc/x contents: the gzip data decompresses to more than 4 MiB; the verification hash is not checked',
      ])
    }
  })

  it('near miss: gzip under the cap is hashed on its decompressed bytes', () => {
    const under = b64(gzipBomb(3))
    for (const fn of ['sha256', 'sha512'] as const) {
      const ok = site(gzFile(under, zeros(3 << 20, fn)))
      expect(findings(ok, 'ign-compression')).toEqual([])
      expect(findings(ok, 'ign-verification-hash')).toEqual([])
    }
    const bad = site(gzFile(under, zeros(3 << (20 - 1))))
    expect(findings(bad, 'ign-verification-hash')[0]).toContain('does not match')
  })

  it('the whole file inflates at most 16 MiB: later streams are not inflated', () => {
    const three = b64(gzipBomb(3))
    const files = Array.from({ length: 7 }, (_, i) => gzFile(three, zeros(3 << 20), `/etc/${i}`))
    const out = findings(site(...files), 'ign-compression')
    expect(out).toEqual([
      "warning@12: /etc/5 contents: not inflated past 1 MiB: this file's gzip contents pass 16 MiB in all; the verification hash is not checked",
      "warning@12: /etc/6 contents: not inflated: this file's gzip contents pass 16 MiB in all; the verification hash is not checked",
    ])
  })

  it('corrupt gzip data is an error, not a crash', () => {
    const good = gzipSync(new TextEncoder().encode('echo hi\n'))
    const corrupt = new Uint8Array([...good.subarray(0, 10), 0xff, 0xff, 0xff, 0xff])
    expect(findings(site(gzFile(b64(corrupt))), 'ign-compression')[0]).toMatch(
      /^error@12: \/etc\/x contents: the gzip data is corrupt/,
    )
    expect(findings(site(gzFile(b64(good))), 'ign-compression')).toEqual([])
  })
})
