import { describe, expect, it } from 'vitest'
import { findings, site } from '../../../test/site.ts'
import { nearestKey } from '../nearestKey.ts'

describe('key rules: trigger and near miss', () => {
  it('yaml-unknown-key with "did you mean" and a rename fix', () => {
    expect(findings(site('extraManifest:\n  searchPaths: [a]\n'), 'yaml-unknown-key')).toEqual([
      'warning@12: Unknown key "extraManifest" at clusters[0] is ignored by the generator; did you mean "extraManifests"?',
    ])
    expect(findings(site('extraManifests:\n  searchPaths: [a]\n'), 'yaml-unknown-key')).toEqual([])
    expect(
      findings(
        site('', 'rootDeviceHints:\n  deviceName: /dev/disk/by-path/x\n'),
        'yaml-unknown-key',
      ),
    ).toEqual([])
    expect(findings(site('proxy:\n  httpsproxy: x\n'), 'yaml-unknown-key')[0]).toContain(
      'did you mean "httpsProxy"?',
    )
  })

  it('nearestKey: case, separators, plurals and small typos; nothing for far-off words', () => {
    const known = ['extraManifests', 'mount_point', 'bootMACAddress', 'hostName']
    expect(nearestKey('extraManifest', known)).toBe('extraManifests')
    expect(nearestKey('mountPoint', known)).toBe('mount_point')
    expect(nearestKey('bootMacAddress', known)).toBe('bootMACAddress')
    expect(nearestKey('hostname', known)).toBe('hostName')
    expect(nearestKey('manifestsConfig', known)).toBeUndefined()
  })

  it('yaml-computed-key and yaml-crd-only-key', () => {
    expect(findings(site('clusterType: sno\n'), 'yaml-computed-key')).toHaveLength(1)
    expect(findings(site('baseDomain: x.com\n'), 'yaml-crd-only-key')).toHaveLength(1)
    expect(findings(site(), 'yaml-computed-key')).toEqual([])
    expect(findings(site(), 'yaml-crd-only-key')).toEqual([])
  })

  it('yaml-string-map-value', () => {
    expect(
      findings(site('clusterLabels:\n  common: true\n  du: ""\n'), 'yaml-string-map-value'),
    ).toEqual([
      'warning@13: clusters[0].clusterLabels.common: true is a boolean; the value will be the string "true" — quote it',
    ])
    expect(findings(site('clusterLabels:\n  common: "true"\n'), 'yaml-string-map-value')).toEqual(
      [],
    )
  })

  it('site-ssh-key-format and site-ssh-private-key (never echoing the key)', () => {
    const withKey = (k: string) =>
      site().replace('  clusterImageSetNameRef', `  sshPublicKey: ${k}\n  clusterImageSetNameRef`)
    expect(findings(withKey('"rsa AAAA"'), 'site-ssh-key-format')).toHaveLength(1)
    expect(findings(withKey('"ssh-ed25519 AAAA op@host"'), 'site-ssh-key-format')).toEqual([])
    const priv = findings(
      withKey('"-----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXk"'),
      'site-ssh-private-key',
    )
    expect(priv).toHaveLength(1)
    expect(priv[0]).not.toContain('b3BlbnNzaC1rZXk')
  })
})
