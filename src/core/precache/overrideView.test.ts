import { gzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readSiteFile } from '../document/siteFile.ts'
import { overridePath, overrideView } from './overrideView.ts'

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')

/** A one-cluster file whose discovery override holds one gzip-compressed file. */
function withGzipFile(bytes: Uint8Array): string {
  const source = `data:;base64,${b64(gzipSync(bytes, { level: 9 }))}`
  const override = JSON.stringify({
    ignition: { version: '3.2.0' },
    storage: { files: [{ path: '/etc/x', contents: { source, compression: 'gzip' } }] },
  })
  return `apiVersion: ran.openshift.io/v1\nkind: SiteConfig\nmetadata:\n  name: s\nspec:\n  clusters:\n    - clusterName: c\n      ignitionConfigOverride: '${override}'\n`
}

const fileOf = (text: string) =>
  overrideView(readSiteFile(text), 'discovery', overridePath('discovery', 0)).files[0]!

describe('gzip data URLs in the preview (the UI thread)', () => {
  it('a small gzip file is decoded', () => {
    const f = fileOf(withGzipFile(new TextEncoder().encode('#!/bin/sh\necho hi\n')))
    expect(f.text).toBe('#!/bin/sh\necho hi\n')
    expect(f.error).toBeUndefined()
  })

  it('a gzip bomb is not inflated past 1 MB: it is shown as compressed bytes', () => {
    // 16 MB of zeros in ~16 KB: the old preview inflated all of it on the main thread
    const f = fileOf(withGzipFile(new Uint8Array(16 * 1024 * 1024)))
    expect(f.text).toBeUndefined()
    expect(f.error).toMatch(
      /^gzip-compressed, [\d,]+ bytes \(not decoded here: over 1 MB inflated\)$/,
    )
  })

  it('more than 256 KB of compressed data is not inflated at all', () => {
    let x = 2463534242
    const noise = new Uint8Array(400 * 1024).map(() => {
      x ^= x << 13
      x ^= x >>> 17
      x ^= x << 5
      return x & 255
    })
    const f = fileOf(withGzipFile(noise))
    expect(f.text).toBeUndefined()
    expect(f.error).toMatch(/not decoded here: over 256 KB\)$/)
  })
})
