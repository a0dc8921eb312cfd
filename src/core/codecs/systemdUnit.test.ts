import { describe, expect, it } from 'vitest'
import {
  formatUnit,
  mountPathOf,
  mountUnitName,
  parseUnit,
  setUnitValue,
  unitDependencies,
  unitProblems,
  unitValue,
  unitValues,
} from './systemdUnit.ts'

const SEED_SERVICE =
  '[Unit]\nDescription=Extracts the precached images in discovery stage\nAfter=var-mnt.mount\nBefore=agent.service\n\n[Service]\nType=oneshot\nUser=root\nWorkingDirectory=/var/mnt\nExecStart=bash /usr/local/bin/extract-ai.sh\n#TimeoutStopSec=30\n\n[Install]\nWantedBy=multi-user.target default.target\nWantedBy=agent.service'

describe('systemd units', () => {
  it('parses sections, repeated keys and comments and writes back unchanged', () => {
    const u = parseUnit(SEED_SERVICE)
    expect(formatUnit(u)).toBe(SEED_SERVICE)
    expect(unitValue(u, 'Service', 'ExecStart')).toBe('bash /usr/local/bin/extract-ai.sh')
    expect(unitValues(u, 'Install', 'WantedBy')).toEqual([
      'multi-user.target default.target',
      'agent.service',
    ])
    expect(unitDependencies(u, 'WantedBy')).toEqual([
      'multi-user.target',
      'default.target',
      'agent.service',
    ])
    expect(u.lines.filter((l) => l.kind === 'comment').map((l) => l.raw)).toEqual([
      '#TimeoutStopSec=30',
    ])
  })

  it('changes one entry and leaves the rest', () => {
    const u = setUnitValue(parseUnit(SEED_SERVICE), 'Service', 'WorkingDirectory', '/var/mnt/cache')
    expect(formatUnit(u)).toBe(
      SEED_SERVICE.replace('WorkingDirectory=/var/mnt', 'WorkingDirectory=/var/mnt/cache'),
    )
  })

  it.each([
    ['/var/mnt', 'var-mnt.mount'],
    ['/var/mnt/data-1', 'var-mnt-data\\x2d1.mount'],
    ['/var/lib/my dir', 'var-lib-my\\x20dir.mount'],
    ['/mnt/.hidden', 'mnt-.hidden.mount'],
    ['/', '-.mount'],
    ['//var//mnt/', 'var-mnt.mount'],
  ])('mount unit for Where=%s is %s', (where, name) => {
    expect(mountUnitName(where)).toBe(name)
    expect(mountPathOf(name)).toBe(where.replace(/\/+/g, '/').replace(/(.)\/$/, '$1'))
  })

  it('reports what Ignition refuses', () => {
    expect(unitProblems('Description=x\n[Unit]')).toEqual([
      { line: 1, message: 'unit file misparse: option before section' },
    ])
    expect(unitProblems('[Unit\nA=b')[0]?.message).toBe('unable to find end of section')
    expect(unitProblems(SEED_SERVICE)).toEqual([])
  })
})
