import { sha256, sha512 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { gzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { encodeDataUrl } from '../../codecs/dataUrl.ts'
import { findings, withOverride } from '../../../test/site.ts'

const file = (f: Record<string, unknown>, version = '3.2.0') =>
  withOverride({ ignition: { version }, storage: { files: [{ path: '/etc/x.conf', ...f }] } })
const script = '#!/bin/bash\necho hi\n'
const src = encodeDataUrl(script)

describe('ign- file rules: trigger and near miss', () => {
  it('ign-not-machineconfig (JSON MachineConfig and Butane YAML)', () => {
    const mc = withOverride({
      apiVersion: 'machineconfiguration.openshift.io/v1',
      kind: 'MachineConfig',
    })
    expect(findings(mc, 'ign-not-machineconfig')).toHaveLength(1)
    const butane = withOverride({}).replace(/'\{.*\}'/, '"variant: fcos\\nversion: 1.3.0\\n"')
    expect(findings(butane, 'ign-not-machineconfig')).toHaveLength(1)
    expect(findings(butane, 'ign-json')).toEqual([])
    expect(findings(withOverride({}), 'ign-not-machineconfig')).toEqual([])
  })

  it('ign-unknown-key with did you mean', () => {
    expect(findings(file({ Mode: 420 }), 'ign-unknown-key')).toEqual([
      'warning@12: unknown key "Mode" at $.storage.files[0]; did you mean "mode"? (Ignition ignores it)',
    ])
    expect(findings(file({ mode: 420, contents: { source: src } }), 'ign-unknown-key')).toEqual([])
  })

  it('ign-version-features', () => {
    const luks = (v: string) =>
      withOverride({ ignition: { version: v }, storage: { luks: [{ name: 'root' }] } })
    expect(findings(luks('3.1.0'), 'ign-version-features')).toEqual([
      'error@12: storage.luks requires ignition.version 3.2.0 (declared 3.1.0)',
    ])
    expect(findings(luks('3.2.0'), 'ign-version-features')).toEqual([])
    expect(
      findings(
        withOverride({ kernelArguments: { shouldExist: ['a'] } }),
        'ign-version-features',
      )[0],
    ).toContain('3.3.0')
  })

  it('ign-file-path and ign-duplicate-path', () => {
    expect(findings(file({ path: '/usr/local/bin/' }), 'ign-file-path')).toEqual([
      'error@12: storage.files[0].path "/usr/local/bin/" is not fully simplified',
    ])
    expect(findings(file({ path: 'etc/x' }), 'ign-file-path')).toHaveLength(1)
    expect(findings(file({ path: '/etc/x.conf' }), 'ign-file-path')).toEqual([])
    const dup = withOverride({
      storage: { files: [{ path: '/a' }], directories: [{ path: '/a' }] },
    })
    expect(findings(dup, 'ign-duplicate-path')).toEqual([
      'error@12: duplicate path /a (also in storage.files[0])',
    ])
    expect(
      findings(
        withOverride({ storage: { files: [{ path: '/a' }, { path: '/b' }] } }),
        'ign-duplicate-path',
      ),
    ).toEqual([])
  })

  it('ign-path-unit-conflict', () => {
    const cfg = (path: string) =>
      withOverride({
        storage: { files: [{ path }] },
        systemd: { units: [{ name: 'p.service', contents: '[Service]\n' }] },
      })
    expect(findings(cfg('/etc/systemd/system/p.service'), 'ign-path-unit-conflict')).toHaveLength(1)
    expect(findings(cfg('/etc/systemd/system/q.service'), 'ign-path-unit-conflict')).toEqual([])
  })

  it('ign-mode-octal-typo and ign-script-not-executable', () => {
    expect(findings(file({ mode: 444 }), 'ign-mode-octal-typo')).toEqual([
      'warning@12: /etc/x.conf: mode 444 = 0o674. If you meant 0o444, use 292',
    ])
    expect(findings(file({ mode: 292 }), 'ign-mode-octal-typo')).toEqual([])
    const bin = (mode: number) =>
      file({ path: '/usr/local/bin/x.sh', mode, contents: { source: src } })
    expect(findings(bin(420), 'ign-script-not-executable')).toHaveLength(1)
    expect(findings(bin(493), 'ign-script-not-executable')).toEqual([])
  })

  it('ign-overwrite-source, ign-user-group, ign-http-headers', () => {
    expect(findings(file({ overwrite: true }), 'ign-overwrite-source')).toHaveLength(1)
    expect(
      findings(file({ overwrite: true, contents: { source: src } }), 'ign-overwrite-source'),
    ).toEqual([])
    expect(findings(file({ user: { id: 0, name: 'root' } }), 'ign-user-group')).toHaveLength(1)
    expect(findings(file({ user: { name: 'root' } }), 'ign-user-group')).toEqual([])
    const headers = (source: string) =>
      file({ contents: { source, httpHeaders: [{ name: 'a', value: 'b' }] } })
    expect(findings(headers(src), 'ign-http-headers')).toHaveLength(1)
    expect(findings(headers('https://example.com/x'), 'ign-http-headers')).toEqual([])
  })

  it('ign-source-scheme by version', () => {
    expect(findings(file({ contents: { source: 'ftp://h/x' } }), 'ign-source-scheme')[0]).toContain(
      'invalid url scheme "ftp"',
    )
    expect(
      findings(file({ contents: { source: 'gs://b/x' } }, '3.1.0'), 'ign-source-scheme'),
    ).toHaveLength(1)
    expect(
      findings(file({ contents: { source: 'gs://b/x' } }, '3.2.0'), 'ign-source-scheme'),
    ).toEqual([])
  })

  it('ign-compression', () => {
    expect(
      findings(file({ contents: { source: src, compression: 'bzip2' } }), 'ign-compression')[0],
    ).toContain('"bzip2" is not supported')
    expect(
      findings(file({ contents: { source: src, compression: 'gzip' } }), 'ign-compression'),
    ).toEqual(['error@12: /etc/x.conf contents: compression is gzip but data is not gzip'])
    const gz = encodeDataUrl(script, { compression: 'gzip', encoding: 'base64' })
    expect(
      findings(file({ contents: { source: gz, compression: 'gzip' } }), 'ign-compression'),
    ).toEqual([])
    expect(gzipSync(new TextEncoder().encode(script))[0]).toBe(0x1f)
  })

  it('ign-verification-hash: format, source, and match on the decompressed content', () => {
    const bytes = new TextEncoder().encode(script)
    const good512 = `sha512-${bytesToHex(sha512(bytes))}`
    const good256 = `sha256-${bytesToHex(sha256(bytes))}`
    const v = (hash: string, source: string | undefined = src) =>
      file({ contents: { source, verification: { hash } } })
    expect(findings(v(good512), 'ign-verification-hash')).toEqual([])
    expect(findings(v(good256), 'ign-verification-hash')).toEqual([])
    expect(
      findings(
        v(good512.replace(/.$/, (c) => (c === '0' ? '1' : '0'))),
        'ign-verification-hash',
      )[0],
    ).toContain('does not match')
    expect(findings(v('md5-abc'), 'ign-verification-hash')[0]).toContain(
      'unrecognized hash function',
    )
    expect(findings(v('sha512-abc'), 'ign-verification-hash')[0]).toContain('incorrect size')
    expect(
      findings(file({ contents: { verification: { hash: good512 } } }), 'ign-verification-hash')[0],
    ).toContain('source must be specified')
  })

  it('ign-discovery-size on the cluster override only', () => {
    const big = (kib: number) =>
      file({ contents: { source: encodeDataUrl('x'.repeat(kib * 1024)) } })
    expect(findings(big(230), 'ign-discovery-size')[0]).toMatch(
      /^warning@12: clusters\[0\]\.ignitionConfigOverride is 23\d KiB/,
    )
    expect(findings(big(260), 'ign-discovery-size')[0]).toMatch(/^error@12/)
    expect(findings(big(150), 'ign-discovery-size')).toEqual([])
  })
})

describe('dataurl- rules: trigger and near miss', () => {
  const source = (s: string) => file({ contents: { source: s } })
  it('dataurl-syntax', () => {
    expect(findings(source('data:text/plain'), 'dataurl-syntax')).toEqual([
      'error@12: /etc/x.conf contents: data URL missing comma before data',
    ])
    expect(findings(source('data:;base64;charset=utf-8,aGk='), 'dataurl-syntax')[0]).toContain(
      ';base64 must be the last',
    )
    expect(findings(source('data:text/plain;charset=utf-8;base64,aGk='), 'dataurl-syntax')).toEqual(
      [],
    )
  })
  it('dataurl-percent-chars and dataurl-percent-escape', () => {
    expect(findings(source('data:,echo hi'), 'dataurl-percent-chars')[0]).toContain(
      "invalid data character ' '",
    )
    expect(findings(source('data:,echo%G1'), 'dataurl-percent-escape')[0]).toContain('"%G1"')
    expect(findings(source('data:,echo%20hi'), 'dataurl-percent-chars')).toEqual([])
    expect(findings(source('data:,echo%20hi'), 'dataurl-percent-escape')).toEqual([])
  })
  it('dataurl-plus', () => {
    expect(findings(source('data:,echo+hello+world'), 'dataurl-plus')).toHaveLength(1)
    expect(findings(source('data:,x%3D%24((a+b))%20%26%26%20echo%20c+d'), 'dataurl-plus')).toEqual(
      [],
    )
  })
  it('dataurl-base64', () => {
    expect(findings(source('data:;base64,a-b_'), 'dataurl-base64')[0]).toContain('URL-safe')
    expect(findings(source('data:;base64,aGk'), 'dataurl-base64')[0]).toContain('padding')
    expect(findings(source('data:;base64,aGk='), 'dataurl-base64')).toEqual([])
  })
})
