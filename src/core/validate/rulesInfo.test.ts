import { describe, expect, it } from 'vitest'
import { readSiteFile } from '../document/siteFile.ts'
import { findings, site } from '../../test/site.ts'
import { validate } from './validate.ts'

const inRelease = (text: string, release: string, rule = 'site-field-release') =>
  validate(readSiteFile(text), { release })
    .filter((d) => d.rule === rule)
    .map((d) => `${d.severity}@${d.line}: ${d.message}`)

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

  it('cluster-install-config-network-type', () => {
    const t = (j: string) => site(`installConfigOverrides: '${j}'\n`)
    expect(
      findings(
        t('{"networking":{"networkType":"OpenShiftSDN"}}'),
        'cluster-install-config-network-type',
      ),
    ).toEqual([
      'info@12: networking.networkType "OpenShiftSDN" in installConfigOverrides is replaced by networkType (OVNKubernetes)',
    ])
    expect(findings(t('{"capabilities":{}}'), 'cluster-install-config-network-type')).toEqual([])
  })

  it('cluster-accelerated-ztp: warning on a bad value, info on a good one', () => {
    const t = (v: string) => site(`clusterLabels:\n  accelerated-ztp: ${v}\n`)
    expect(findings(t('fast'), 'cluster-accelerated-ztp')).toEqual([
      'warning@13: clusters[0].clusterLabels.accelerated-ztp must be "full" or "partial" (got "fast")',
    ])
    expect(findings(t('partial'), 'cluster-accelerated-ztp')[0]).toMatch(/^info@13: .*sno1-aztp/)
    expect(findings(site(), 'cluster-accelerated-ztp')).toEqual([])
  })

  it('cluster-search-paths-builtin', () => {
    expect(
      findings(
        site('extraManifests:\n  searchPaths:\n  - sno-extra-manifest/\n'),
        'cluster-search-paths-builtin',
      ),
    ).toHaveLength(1)
    expect(
      findings(
        site('extraManifests:\n  filter:\n    inclusionDefault: include\n'),
        'cluster-search-paths-builtin',
      ),
    ).toEqual([])
  })

  it('node-ironic-inspect-default, with the effective value when a release is chosen', () => {
    expect(findings(site(), 'node-ironic-inspect-default')[0]).toContain(
      'enabled on 4.15+, disabled on 4.12–4.14',
    )
    expect(inRelease(site(), '4.14', 'node-ironic-inspect-default')[0]).toContain(
      'inspection is disabled on 4.14',
    )
    expect(findings(site('', 'ironicInspect: enabled\n'), 'node-ironic-inspect-default')).toEqual(
      [],
    )
  })

  it('node-disk-partition-legacy and node-network-dhcp', () => {
    expect(
      findings(site('', 'diskPartition:\n- device: /dev/sda\n'), 'node-disk-partition-legacy'),
    ).toHaveLength(1)
    expect(findings(site(), 'node-disk-partition-legacy')).toEqual([])
    expect(findings(site(), 'node-network-dhcp')).toEqual([
      'info@13: sno1.example.com has no nodeNetwork: no NMStateConfig is generated (DHCP)',
    ])
    expect(
      findings(site('crTemplates:\n  NMStateConfig: nmstate.yaml\n'), 'node-network-dhcp'),
    ).toEqual([])
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
