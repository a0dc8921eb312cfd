import { describe, expect, it } from 'vitest'
import { findings, withOverride } from '../../../test/site.ts'

const units = (...u: Array<Record<string, unknown>>) => withOverride({ systemd: { units: u } })
const svc = (name: string, contents: string, extra: Record<string, unknown> = {}) => ({
  name,
  contents,
  ...extra,
})
const ok =
  '[Unit]\nDescription=x\n[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=multi-user.target\n'

describe('unit- rules: trigger and near miss', () => {
  it('unit-extension', () => {
    expect(findings(units(svc('precache-images.servce', ok)), 'unit-extension')).toEqual([
      'error@12: invalid systemd unit extension "precache-images.servce"',
    ])
    expect(findings(units(svc('precache-images.service', ok)), 'unit-extension')).toEqual([])
  })

  it('unit-name-chars', () => {
    expect(findings(units(svc('precache images.service', ok)), 'unit-name-chars')).toHaveLength(1)
    expect(
      findings(
        units(svc('var-mnt-pre\\x2dcache.mount', '[Mount]\nWhere=/var/mnt/pre-cache\n')),
        'unit-name-chars',
      ),
    ).toEqual([])
  })

  it('unit-duplicate and unit-dropin-extension', () => {
    const dup = units(svc('a.service', ok), svc('a.service', ok))
    expect(findings(dup, 'unit-duplicate')).toEqual([
      'error@12: duplicate entry defined: systemd unit a.service',
    ])
    const dropins = (n: string) =>
      units({ name: 'kubelet.service', dropins: [{ name: n, contents: '[Service]\n' }] })
    expect(findings(dropins('override'), 'unit-dropin-extension')).toHaveLength(1)
    expect(findings(dropins('10-override.conf'), 'unit-dropin-extension')).toEqual([])
    expect(findings(units(svc('a.service', ok), svc('b.service', ok)), 'unit-duplicate')).toEqual(
      [],
    )
  })

  it('unit-contents-parse', () => {
    expect(
      findings(units(svc('a.service', 'ExecStart=/bin/true\n[Service]\n')), 'unit-contents-parse'),
    ).toEqual([
      'error@12: invalid unit content in a.service, line 1: unit file misparse: option before section',
    ])
    expect(findings(units(svc('a.service', ok)), 'unit-contents-parse')).toEqual([])
  })

  it('unit-enabled-no-install', () => {
    const noInstall = '[Service]\nExecStart=/bin/true\n'
    expect(
      findings(units(svc('a.service', noInstall, { enabled: true })), 'unit-enabled-no-install'),
    ).toHaveLength(1)
    expect(
      findings(units(svc('a.service', ok, { enabled: true })), 'unit-enabled-no-install'),
    ).toEqual([])
    expect(findings(units(svc('a.service', noInstall)), 'unit-enabled-no-install')).toEqual([])
  })

  it('unit-mount-mnt', () => {
    const mnt = units(svc('mnt-data.mount', '[Mount]\nWhat=/dev/sda4\nWhere=/mnt/data\n'))
    expect(findings(mnt, 'unit-mount-mnt')).toEqual([
      'warning@12: mnt-data.mount: /mnt is a symlink to /var/mnt on RHCOS; use Where=/var/mnt/data and name the unit var-mnt-data.mount',
    ])
    expect(
      findings(units(svc('var-mnt.mount', '[Mount]\nWhere=/var/mnt\n')), 'unit-mount-mnt'),
    ).toEqual([])
  })

  it('unit-dangling-dependency', () => {
    const dangling = units(
      svc(
        'p.service',
        '[Unit]\nAfter=var-mnt.mount network-online.target\n[Service]\nExecStart=/bin/true\n',
      ),
    )
    expect(findings(dangling, 'unit-dangling-dependency')).toEqual([
      'warning@12: p.service After=var-mnt.mount, but no var-mnt.mount is defined in this override',
    ])
    const defined = units(
      svc('var-mnt.mount', '[Mount]\nWhere=/var/mnt\n'),
      svc('p.service', '[Unit]\nAfter=var-mnt.mount agent.service\n'),
    )
    expect(findings(defined, 'unit-dangling-dependency')).toEqual([])
  })

  it('unit-working-directory-mount', () => {
    const mount = svc(
      'var-mnt.mount',
      '[Mount]\nWhat=/dev/disk/by-partlabel/data\nWhere=/var/mnt\n',
    )
    const run = (unit: string) =>
      units(
        mount,
        svc(
          'p.service',
          `[Unit]\n${unit}[Service]\nWorkingDirectory=/var/mnt\nExecStart=/bin/true\n`,
        ),
      )
    expect(findings(run(''), 'unit-working-directory-mount')).toEqual([
      'warning@12: p.service: WorkingDirectory=/var/mnt depends on var-mnt.mount; add After=var-mnt.mount',
    ])
    expect(findings(run('After=var-mnt.mount\n'), 'unit-working-directory-mount')).toEqual([])
  })
})
