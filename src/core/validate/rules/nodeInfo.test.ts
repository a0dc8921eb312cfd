import { describe, expect, it } from 'vitest'
import { findings, inRelease, site } from '../../../test/site.ts'

describe('info rules: trigger and near miss', () => {
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
