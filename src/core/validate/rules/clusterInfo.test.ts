import { describe, expect, it } from 'vitest'
import { findings, site } from '../../../test/site.ts'

describe('info rules: trigger and near miss', () => {
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
})
