import { describe, expect, it } from 'vitest'
import { findings, inRelease, site } from '../../../test/site.ts'

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
