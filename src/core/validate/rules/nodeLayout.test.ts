import { describe, expect, it } from 'vitest'
import { findings, site } from '../../../test/site.ts'

const second = '    - hostName: m2.example.com\n      role: master\n'
const count = (t: string, r: string) => findings(t, r).length

describe('node layout rules: trigger and near miss', () => {
  it('cpuset format, deprecation, non-SNO', () => {
    expect(count(site('', 'cpuset: "0-1;40-41"\n'), 'node-cpuset-format')).toBe(1)
    expect(count(site('', 'cpuset: "0-1,40-41"\n'), 'node-cpuset-format')).toBe(0)
    expect(count(site('', 'cpuset: "0-1"\n'), 'node-cpuset-deprecated')).toBe(1)
    expect(count(site('', 'cpuset: "0-1"\n', second), 'node-cpuset-non-sno')).toBe(1)
    expect(count(site('', 'cpuset: "0-1"\n'), 'node-cpuset-non-sno')).toBe(0)
  })

  it('disk partitions: SNO only, mount point, start, size', () => {
    const dp = (mp: string, start: number, size: number) =>
      `diskPartition:\n  - device: /dev/sda\n    partitions:\n      - mount_point: ${mp}\n        start: ${start}\n        size: ${size}\n`
    const good = dp('/var/imageregistry', 25000, 100000)
    expect(count(site('', good, second), 'node-disk-partition-sno')).toBe(1)
    expect(count(site('', good), 'node-disk-partition-sno')).toBe(0)
    expect(count(site('', dp('var/x', 25000, 1)), 'node-disk-partition-mount-point')).toBe(1)
    expect(count(site('', dp('/var/x', 100, 1)), 'node-disk-partition-start')).toBe(1)
    expect(count(site('', dp('/var/x', 25000, 0)), 'node-disk-partition-size')).toBe(1)
    for (const r of [
      'node-disk-partition-mount-point',
      'node-disk-partition-start',
      'node-disk-partition-size',
    ])
      expect(count(site('', good), r)).toBe(0)
  })

  it('node-network-interfaces', () => {
    expect(
      count(site('', 'nodeNetwork:\n  config:\n    interfaces: []\n'), 'node-network-interfaces'),
    ).toBe(1)
    expect(
      count(
        site('', 'nodeNetwork:\n  config:\n    interfaces: []\n  interfaces:\n    - name: eno1\n'),
        'node-network-interfaces',
      ),
    ).toBe(1)
    expect(
      count(
        site(
          '',
          'nodeNetwork:\n  config:\n    interfaces: []\n  interfaces:\n    - name: eno1\n      macAddress: "aa:bb:cc:dd:ee:ff"\n',
        ),
        'node-network-interfaces',
      ),
    ).toBe(0)
  })
})
