import { describe, expect, it } from 'vitest'
import { findings, inRelease, site } from '../../../test/site.ts'

describe('info rules: trigger and near miss', () => {
  it('site-deprecated-api once per file, at apiVersion', () => {
    expect(findings(site(), 'site-deprecated-api')).toEqual([
      'info@1: SiteConfig is deprecated since OCP 4.18 (no generator from 4.21); consider converting to ClusterInstance',
    ])
  })

  it('site-metadata-namespace only when it differs from the cluster names', () => {
    const ns = (n: string) => site().replace('  name: site\n', `  name: site\n  namespace: ${n}\n`)
    expect(findings(ns('ztp-sites'), 'site-metadata-namespace')[0]).toContain(
      '"ztp-sites" is not used; every CR goes into the namespace named after clusterName (sno1)',
    )
    expect(findings(ns('sno1'), 'site-metadata-namespace')).toEqual([])
  })

  it('site-ssh-private-key-ref', () => {
    const t = site().replace(
      '  baseDomain:',
      '  sshPrivateKeySecretRef:\n    name: k\n  baseDomain:',
    )
    expect(findings(t, 'site-ssh-private-key-ref')).toHaveLength(1)
    expect(findings(site(), 'site-ssh-private-key-ref')).toEqual([])
  })
})

describe('site-field-release', () => {
  it('warns on fields newer than the chosen release, nothing without a release', () => {
    const t = site('cpuPartitioningMode: AllNodes\n', 'automatedCleaningMode: disabled\n')
    expect(inRelease(t, '4.12')).toEqual([
      'warning@12: clusters[0].cpuPartitioningMode needs release 4.13+; on the selected 4.12 it is silently ignored',
      'warning@16: clusters[0].nodes[0].automatedCleaningMode needs release 4.14+; on the selected 4.12 it is silently ignored',
    ])
    expect(inRelease(t, '4.14')).toEqual([])
    expect(findings(t, 'site-field-release')).toEqual([])
  })

  it('v2 before 4.15 and any SiteConfig from 4.21', () => {
    const v2 = site().replace('ran.openshift.io/v1', 'ran.openshift.io/v2')
    expect(inRelease(v2, '4.14')[0]).toContain('v2 needs release 4.15+')
    expect(inRelease(v2, '4.16')).toEqual([])
    expect(inRelease(site(), '4.21')[0]).toContain('no SiteConfig generator')
  })
})
