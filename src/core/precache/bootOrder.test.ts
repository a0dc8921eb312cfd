import { describe, expect, it } from 'vitest'
import { readSiteFile } from '../document/siteFile.ts'
import { seedText } from '../../test/fixtures.ts'
import { bootOrder } from './bootOrder.ts'
import { overridePath, overrideView } from './overrideView.ts'

describe('boot order of the seed example', () => {
  const file = readSiteFile(seedText())
  it('discovery: var-mnt.mount → precache-images.service → agent.service', () => {
    const g = bootOrder(overrideView(file, 'discovery', overridePath('discovery', 0)).units)
    expect(g.summary).toBe('var-mnt.mount → precache-images.service → agent.service')
    expect(g.edges).toContainEqual({
      from: 'var-mnt.mount',
      to: 'precache-images.service',
      kind: 'binds',
    })
    expect(g.edges).toContainEqual({
      from: 'precache-images.service',
      to: 'multi-user.target',
      kind: 'wanted-by',
    })
    expect(g.nodes.find((n) => n.name === 'agent.service')).toEqual({
      name: 'agent.service',
      defined: false,
      rank: 2,
    })
  })

  it('install: var-mnt.mount → precache-ocp-images.service → the MCD pull and nodeip services', () => {
    const g = bootOrder(overrideView(file, 'install', overridePath('install', 0, 0)).units)
    expect(g.summary).toBe(
      'var-mnt.mount → precache-ocp-images.service → machine-config-daemon-pull.service and nodeip-configuration.service',
    )
  })

  it('survives a cycle and units without dependencies', () => {
    const g = bootOrder([
      { name: 'a.service', contents: '[Unit]\nBefore=b.service\n' },
      { name: 'b.service', contents: '[Unit]\nBefore=a.service\n' },
      { name: 'c.service', contents: '' },
    ])
    expect(g.nodes.map((n) => n.name)).toEqual(['a.service', 'b.service', 'c.service'])
  })
})
