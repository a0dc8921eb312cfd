import { describe, expect, it } from 'vitest'
import { findings, site } from '../../../test/site.ts'

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
