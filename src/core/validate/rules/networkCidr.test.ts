import { describe, expect, it } from 'vitest'
import { findings, site } from '../../../test/site.ts'

const nets = (cn: string, mn: string, sn: string) =>
  `clusterNetwork:\n  - cidr: ${cn}\n    hostPrefix: 23\nmachineNetwork:\n  - cidr: ${mn}\nserviceNetwork:\n  - ${sn}\n`
const ok = nets('10.128.0.0/14', '192.168.1.0/24', '172.30.0.0/16')

describe('net- rules: trigger and near miss', () => {
  it('net-cidr-valid', () => {
    expect(
      findings(site(nets('10.128.0.0/33', '192.168.1.0/24', '172.30.0.0/16')), 'net-cidr-valid'),
    ).toEqual([
      'error@13: clusters[0].clusterNetwork[0].cidr "10.128.0.0/33" is not a valid CIDR (e.g. 10.128.0.0/14 or fd01::/48)',
    ])
    expect(findings(site(ok), 'net-cidr-valid')).toEqual([])
    expect(
      findings(site(nets('fd01::/48', '192.168.1.0/24', '172.30.0.0/16')), 'net-cidr-valid'),
    ).toEqual([])
  })

  it('net-cidr-base-address', () => {
    expect(
      findings(
        site(nets('10.128.0.0/14', '192.168.1.10/24', '172.30.0.0/16')),
        'net-cidr-base-address',
      ),
    ).toEqual([
      'error@16: clusters[0].machineNetwork[0].cidr 192.168.1.10/24 is not a network address; did you mean 192.168.1.0/24?',
    ])
    expect(findings(site(ok), 'net-cidr-base-address')).toEqual([])
  })

  it('net-cidr-prefix', () => {
    expect(
      findings(site(nets('10.128.0.0/14', '192.168.1.0/24', '172.30.0.0/28')), 'net-cidr-prefix'),
    ).toHaveLength(1)
    expect(
      findings(site(nets('10.128.0.0/14', '192.168.1.0/26', '172.30.0.0/16')), 'net-cidr-prefix'),
    ).toEqual([])
  })

  it('net-cidr-overlap', () => {
    expect(
      findings(site(nets('10.128.0.0/14', '192.168.1.0/24', '10.128.0.0/16')), 'net-cidr-overlap'),
    ).toEqual([
      'error@18: Provided CIDRs can not overlap: clusters[0].clusterNetwork[0].cidr 10.128.0.0/14 and clusters[0].serviceNetwork[0] 10.128.0.0/16',
    ])
    expect(
      findings(site(nets('10.128.0.0/14', '10.132.0.0/24', '172.30.0.0/16')), 'net-cidr-overlap'),
    ).toEqual([])
  })

  it('net-host-prefix', () => {
    const t = site(ok.replace('hostPrefix: 23', 'hostPrefix: 13'))
    expect(findings(t, 'net-host-prefix')).toEqual([
      'error@14: clusters[0].clusterNetwork[0].hostPrefix 13 must be a whole number between 14 and 25 for 10.128.0.0/14',
    ])
    expect(findings(site(ok), 'net-host-prefix')).toEqual([])
  })

  it('net-dual-stack: IPv4 first', () => {
    const two = (a: string, b: string) => `machineNetwork:\n  - cidr: ${a}\n  - cidr: ${b}\n`
    expect(findings(site(two('fd00::/64', '192.168.1.0/24')), 'net-dual-stack')).toHaveLength(1)
    expect(findings(site(two('192.168.1.0/24', 'fd00::/64')), 'net-dual-stack')).toEqual([])
  })

  it('net-network-shape', () => {
    expect(
      findings(site('serviceNetwork:\n  - cidr: 172.30.0.0/16\n'), 'net-network-shape'),
    ).toHaveLength(1)
    expect(findings(site('serviceNetwork:\n  - 172.30.0.0/16\n'), 'net-network-shape')).toEqual([])
  })
})

describe('VIPs', () => {
  const worker = (h: string) => `    - hostName: ${h}\n      role: master\n`
  const multi = (vips: string) =>
    site(
      `machineNetwork:\n  - cidr: 192.168.1.0/24\n${vips}`,
      '',
      worker('m2.example.com') + worker('m3.example.com'),
    )
  const good = 'apiVIPs:\n  - 192.168.1.5\ningressVIPs:\n  - 192.168.1.6\n'

  it('net-vip-required and net-vip-sno', () => {
    expect(findings(multi(''), 'net-vip-required')).toEqual([
      'error@11: clusters[0] has 3 masters but no apiVIPs; multi-node clusters need both',
    ])
    expect(findings(multi(good), 'net-vip-required')).toEqual([])
    expect(findings(site(good), 'net-vip-sno')).toHaveLength(1)
    expect(findings(site(''), 'net-vip-sno')).toEqual([])
  })

  it('net-vip-valid, in machine network, distinct', () => {
    expect(
      findings(multi(good.replace('192.168.1.5', '192.168.1.5/24')), 'net-vip-valid'),
    ).toHaveLength(1)
    expect(
      findings(multi(good.replace('192.168.1.5', '10.0.0.5')), 'net-vip-in-machine-network'),
    ).toEqual([
      'error@15: clusters[0].apiVIPs[0] 10.0.0.5 is outside machineNetwork 192.168.1.0/24',
    ])
    expect(
      findings(multi(good.replace('192.168.1.5', '192.168.1.255')), 'net-vip-in-machine-network'),
    ).toHaveLength(1)
    expect(
      findings(multi(good.replace('192.168.1.6', '192.168.1.5')), 'net-vip-distinct'),
    ).toHaveLength(1)
    for (const r of ['net-vip-valid', 'net-vip-in-machine-network', 'net-vip-distinct'])
      expect(findings(multi(good), r)).toEqual([])
  })

  it('net-vip-singular', () => {
    expect(findings(multi(`${good}apiVIP: 192.168.1.7\n`), 'net-vip-singular')).toEqual([
      'warning@18: apiVIP 192.168.1.7 differs from apiVIPs[0] 192.168.1.5',
    ])
    expect(findings(multi(good), 'net-vip-singular')).toEqual([])
  })

  it('net-ntp-source', () => {
    expect(
      findings(
        site('additionalNTPSources:\n  - ntp..example.com\n  - 10.0.0.1\n  - 10.0.0.1\n'),
        'net-ntp-source',
      ),
    ).toHaveLength(2)
    expect(
      findings(
        site('additionalNTPSources:\n  - ntp.example.com\n  - 10.0.0.1\n'),
        'net-ntp-source',
      ),
    ).toEqual([])
  })
})
