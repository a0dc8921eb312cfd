import { describe, expect, it } from 'vitest'
import { allFixtures } from '../../../test/fixtures.ts'
import { findings, site } from '../../../test/site.ts'

/** One node with the given nmstate interfaces (YAML lines), mapped interfaces and extras. */
function net(
  ifaces: string,
  extra = '',
  mapped = '- name: eno1\n  macAddress: "aa:bb:cc:dd:ee:01"\n',
) {
  const ind = (s: string, n: number) => s.replace(/^(?=.)/gm, ' '.repeat(n))
  return site(
    'machineNetwork:\n- cidr: 192.168.1.0/24\n',
    `bootMACAddress: "aa:bb:cc:dd:ee:01"\nnodeNetwork:\n  interfaces:\n${ind(mapped, 4)}  config:\n    interfaces:\n${ind(ifaces, 6)}${ind(extra, 4)}`,
  )
}
const eno1 = (addr: string, more = '') =>
  `- name: eno1\n  type: ethernet\n  ipv4:\n    enabled: true\n    address:\n    - ${addr}\n${more}`

describe('nmstate rules: trigger and near miss', () => {
  it('net-static-ip-valid', () => {
    expect(
      findings(net(eno1('ip: 192.168.1.255\n      prefix-length: 24')), 'net-static-ip-valid'),
    ).toEqual([
      'error@29: clusters[0].nodes[0].nodeNetwork.config.interfaces[0].ipv4.address[0]: sno1.example.com eno1 address 192.168.1.255/24 is the broadcast address',
    ])
    expect(findings(net(eno1('192.168.1.20/24')), 'net-static-ip-valid')[0]).toContain(
      'entries are {ip, prefix-length}',
    )
    expect(
      findings(net(eno1('ip: 127.0.0.1\n      prefix-length: 8')), 'net-static-ip-valid')[0],
    ).toContain('loopback')
    expect(
      findings(net(eno1('ip: 192.168.1.20\n      prefix-length: 33')), 'net-static-ip-valid')[0],
    ).toContain('1–32')
    expect(
      findings(net(eno1('ip: 192.168.1.20\n      prefix-length: 24')), 'net-static-ip-valid'),
    ).toEqual([])
    expect(
      findings(net(eno1('ip: 192.168.1.1\n      prefix-length: 31')), 'net-static-ip-valid'),
    ).toEqual([])
  })

  it('net-static-ip-in-subnet', () => {
    expect(
      findings(net(eno1('ip: 10.0.0.5\n      prefix-length: 24')), 'net-static-ip-in-subnet'),
    ).toEqual(['warning@29: sno1.example.com has no address inside machineNetwork 192.168.1.0/24'])
    expect(
      findings(net(eno1('ip: 192.168.1.5\n      prefix-length: 24')), 'net-static-ip-in-subnet'),
    ).toEqual([])
  })

  it('net-static-ip-unique across nodes', () => {
    const node2 = `    - hostName: w1.example.com\n      role: worker\n      nodeNetwork:\n        config:\n          interfaces:\n          - name: eno1\n            type: ethernet\n            ipv4:\n              address:\n              - ip: IP\n                prefix-length: 24\n`
    const t = (ip: string) =>
      net(eno1('ip: 192.168.1.5\n      prefix-length: 24')) + node2.replace('IP', ip)
    expect(findings(t('192.168.1.5'), 'net-static-ip-unique')).toEqual([
      'error@40: 192.168.1.5 is assigned to sno1.example.com and w1.example.com',
    ])
    expect(findings(t('192.168.1.6'), 'net-static-ip-unique')).toEqual([])
  })

  it('net-static-dns and net-static-gateway', () => {
    const extra = (dns: string, hop: string) =>
      `dns-resolver:\n  config:\n    server:\n    - ${dns}\n    - 192.168.1.1\nroutes:\n  config:\n  - destination: 0.0.0.0/0\n    next-hop-address: ${hop}\n`
    const iface = eno1('ip: 192.168.1.5\n      prefix-length: 24')
    const bad = net(iface, extra('8.8.8', '192.168.1'))
    expect(findings(bad, 'net-static-dns')[0]).toContain(
      'dns-resolver server "8.8.8" is not a valid IP',
    )
    expect(
      findings(net(iface, extra('192.168.1.1', '192.168.1.254')), 'net-static-dns')[0],
    ).toContain('listed twice')
    expect(findings(bad, 'net-static-gateway')[0]).toContain(
      'next-hop-address "192.168.1" is not a valid IP',
    )
    const good = net(iface, extra('10.0.0.53', '192.168.1.254'))
    expect(findings(good, 'net-static-dns')).toEqual([])
    expect(findings(good, 'net-static-gateway')).toEqual([])
  })

  it('net-vlan-id, net-bond-ports-unique, net-interface-name', () => {
    const vlan = (id: number) =>
      net(`- name: eno1.${id}\n  type: vlan\n  vlan:\n    base-iface: eno1\n    id: ${id}\n`)
    expect(findings(vlan(4095), 'net-vlan-id')[0]).toContain(
      'vlan.id 4095 must be a whole number between 1 and 4094',
    )
    expect(findings(vlan(100), 'net-vlan-id')).toEqual([])
    const bond = (ports: string) =>
      net(
        `- name: bond0\n  type: bond\n  link-aggregation:\n    mode: 802.3ad\n    port:\n${ports}`,
      )
    expect(findings(bond('    - eno1\n    - eno1\n'), 'net-bond-ports-unique')).toEqual([
      'error@28: bond0 lists eno1 twice',
    ])
    expect(findings(bond('    - eno1\n    - eno2\n'), 'net-bond-ports-unique')).toEqual([])
    expect(
      findings(net('- name: uplink bond 0\n  type: bond\n'), 'net-interface-name'),
    ).toHaveLength(1)
    expect(findings(net('- name: bond0\n  type: bond\n'), 'net-interface-name')).toEqual([])
  })

  it('net-nmstate-interface-mapped', () => {
    const two =
      eno1('ip: 192.168.1.5\n      prefix-length: 24') + '- name: eno2\n  type: ethernet\n'
    expect(findings(net(two), 'net-nmstate-interface-mapped')).toEqual([
      'warning@31: nmstate interface "eno2" of sno1.example.com has no MAC mapping in nodeNetwork.interfaces; the agent cannot tell which NIC it is',
    ])
    const mapped =
      '- name: eno1\n  macAddress: "aa:bb:cc:dd:ee:01"\n- name: eno2\n  macAddress: "aa:bb:cc:dd:ee:02"\n'
    expect(findings(net(two, '', mapped), 'net-nmstate-interface-mapped')).toEqual([])
  })

  it('the lab MNO with VLAN and LACP bond passes every nmstate rule', () => {
    const demo = allFixtures().find((f) => f.name.includes('demo'))!.text
    for (const r of [
      'net-static-ip-valid',
      'net-vlan-id',
      'net-bond-ports-unique',
      'net-static-dns',
      'net-static-gateway',
    ])
      expect(findings(demo, r), r).toEqual([])
  })
})
