import { describe, expect, it } from 'vitest'
import { findings, site } from '../../../test/site.ts'
import { readSiteFile } from '../../document/siteFile.ts'
import { validate } from '../validate.ts'

const node2 = (extra = '') =>
  `    - hostName: sno2.example.com\n      role: worker\n${extra.replace(/^(?=.)/gm, '      ')}`

describe('node- and cluster- rules: trigger and near miss', () => {
  it('node-hostname-format, reserved, unique, required', () => {
    expect(
      findings(
        site('', '', node2()).replace('hostName: sno1', 'hostName: SNO1'),
        'node-hostname-format',
      ),
    ).toHaveLength(1)
    expect(
      findings(site().replace('sno1.example.com', 'localhost'), 'node-hostname-reserved'),
    ).toHaveLength(1)
    expect(
      findings(
        site('', '', node2()).replace('sno2.example.com', 'sno1.example.com'),
        'node-hostname-unique',
      ),
    ).toEqual(['error@15: hostName "sno1.example.com" is used by nodes[0] and nodes[1]'])
    expect(
      findings(
        site().replace('hostName: sno1.example.com', 'hostName: ""'),
        'node-hostname-required',
      ),
    ).toHaveLength(1)
    for (const r of [
      'node-hostname-format',
      'node-hostname-reserved',
      'node-hostname-unique',
      'node-hostname-required',
    ])
      expect(findings(site('', '', node2()), r)).toEqual([])
  })

  it('enums: role, bootMode, automatedCleaningMode, ironicInspect, cpuPartitioningMode, networkType, diskEncryption.type', () => {
    const cases: Array<[string, string, string]> = [
      ['node-boot-mode', '', 'bootMode: uefi\n'],
      ['node-automated-cleaning-mode', '', 'automatedCleaningMode: off\n'],
      ['node-ironic-inspect', '', 'ironicInspect: yes\n'],
      ['cluster-cpu-partitioning-mode', 'cpuPartitioningMode: allnodes\n', ''],
      ['cluster-network-type', 'networkType: OVNKubernetis\n', ''],
      ['cluster-disk-encryption-type', 'diskEncryption:\n  type: luks\n', ''],
    ]
    for (const [rule, c, n] of cases) {
      expect(findings(site(c, n), rule), rule).toHaveLength(1)
      const fixed = site(
        c
          .replace('allnodes', 'AllNodes')
          .replace('OVNKubernetis', 'OVNKubernetes')
          .replace('luks', 'nbde'),
        n
          .replace('Master', 'master')
          .replace('uefi', 'UEFI')
          .replace('off', 'metadata')
          .replace('yes', 'disabled'),
      )
      expect(findings(fixed, rule), rule).toEqual([])
    }
    expect(
      findings(site('cpuPartitioningMode: allnodes\n'), 'cluster-cpu-partitioning-mode')[0],
    ).toContain(
      'cpuPartitioningMode value of [allnodes] is not valid, supported values are [None AllNodes]',
    )
  })

  it('cluster-name-format', () => {
    expect(
      findings(site().replace('clusterName: sno1', 'clusterName: SNO_1'), 'cluster-name-format'),
    ).toHaveLength(1)
    expect(findings(site(), 'cluster-name-format')).toEqual([])
  })

  it('rootDeviceHints keys, types and device names', () => {
    expect(findings(site('', 'rootDeviceHints:\n  serial: ABC\n'), 'node-root-hints-keys')).toEqual(
      ['error@16: unknown rootDeviceHints key "serial"; did you mean "serialNumber"?'],
    )
    expect(
      findings(site('', 'rootDeviceHints:\n  minSizeGigabytes: "100"\n'), 'node-root-hints-keys'),
    ).toHaveLength(1)
    expect(
      findings(
        site('', 'rootDeviceHints:\n  deviceName: /dev/disk/by-id/wwn-0x5000\n'),
        'node-root-hints-device-name',
      ),
    ).toHaveLength(1)
    expect(
      findings(site('', 'rootDeviceHints:\n  deviceName: /dev/sda\n'), 'node-root-hints-unstable'),
    ).toHaveLength(1)
    const good = site(
      '',
      'rootDeviceHints:\n  deviceName: /dev/disk/by-path/pci-0000:01:00.0-scsi-0:2:0:0\n  minSizeGigabytes: 100\n',
    )
    for (const r of [
      'node-root-hints-keys',
      'node-root-hints-device-name',
      'node-root-hints-unstable',
    ])
      expect(findings(good, r)).toEqual([])
  })
})

describe('MAC addresses', () => {
  const net = (mac: string) =>
    `nodeNetwork:\n  interfaces:\n    - name: eno1\n      macAddress: "${mac}"\n`
  it('net-mac-format', () => {
    expect(findings(site('', 'bootMACAddress: "e4:43:4b:bd:90"\n'), 'net-mac-format')).toEqual([
      'error@15: Value "e4:43:4b:bd:90" is not valid MAC address. (clusters[0].nodes[0].bootMACAddress: six colon-separated hex pairs, e.g. e4:43:4b:bd:90:46)',
    ])
    expect(findings(site('', 'bootMACAddress: "e4:43:4b:bd:90:46"\n'), 'net-mac-format')).toEqual(
      [],
    )
  })

  it('net-mac-format offers the colon form of a MAC written with dashes, dots or no separators', () => {
    const fixOf = (mac: string) =>
      validate(readSiteFile(site('', `bootMACAddress: "${mac}"\n`))).find(
        (d) => d.rule === 'net-mac-format',
      )?.fix as { value?: unknown } | undefined
    expect(fixOf('E4-43-4B-BD-90-46')).toEqual({
      title: 'Write E4:43:4B:BD:90:46',
      op: 'set',
      path: ['spec', 'clusters', 0, 'nodes', 0, 'bootMACAddress'],
      value: 'E4:43:4B:BD:90:46',
    })
    expect(fixOf('e443.4bbd.9046')?.value).toBe('e4:43:4b:bd:90:46')
    expect(fixOf('e4434bbd9046')?.value).toBe('e4:43:4b:bd:90:46')
    expect(fixOf('e4:43:4b:bd:90')).toBeUndefined()
    expect(fixOf('e4-43-4b-bd-90-4g')).toBeUndefined()
  })

  it('net-mac-unique across nodes; the boot MAC may repeat an own interface MAC', () => {
    const a = 'bootMACAddress: "e4:43:4b:bd:90:46"\n' + net('e4:43:4b:bd:90:46')
    expect(
      findings(site('', a, node2('bootMACAddress: "E4:43:4B:BD:90:46"\n')), 'net-mac-unique'),
    ).toEqual(['error@22: MAC E4:43:4B:BD:90:46 is used by sno1.example.com and sno2.example.com'])
    expect(
      findings(site('', a, node2('bootMACAddress: "e4:43:4b:bd:90:47"\n')), 'net-mac-unique'),
    ).toEqual([])
  })

  it('net-boot-mac-in-interfaces', () => {
    expect(
      findings(
        site('', 'bootMACAddress: "e4:43:4b:bd:90:46"\n' + net('aa:bb:cc:11:22:33')),
        'net-boot-mac-in-interfaces',
      ),
    ).toHaveLength(1)
    expect(
      findings(
        site('', 'bootMACAddress: "aa:bb:cc:11:22:33"\n' + net('AA:BB:CC:11:22:33')),
        'net-boot-mac-in-interfaces',
      ),
    ).toEqual([])
  })
})
