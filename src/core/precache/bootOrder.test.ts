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

describe('boot order of a hostile override', () => {
  it('20,000 Before= names: linear, and the summary is capped', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `u${i}.service`)
    const t0 = performance.now()
    const g = bootOrder([
      { name: 'a.service', contents: `[Unit]\nBefore=${many.join(' ')}\n` },
      { name: 'b.service', contents: `[Unit]\nAfter=${many.join(' ')}\n` },
    ])
    // generous (a loaded CI machine): the old relaxation made 400 million steps here
    expect(performance.now() - t0).toBeLessThan(8000)
    expect(g.nodes).toHaveLength(20_002)
    expect(g.nodes.find((n) => n.name === 'b.service')?.rank).toBe(2)
    expect(g.summary.length).toBeLessThan(20_000)
    expect(g.summary).toMatch(/…and 19,802 more$/)
  })

  it('a chain keeps its ranks; a node after a cycle comes after it', () => {
    const g = bootOrder([
      { name: 'a.service', contents: '[Unit]\nBefore=b.service\n' },
      { name: 'b.service', contents: '[Unit]\nBefore=c.service\n' },
      { name: 'x.service', contents: '[Unit]\nBefore=y.service\nAfter=y.service\n' },
    ])
    const rank = Object.fromEntries(g.nodes.map((n) => [n.name, n.rank]))
    expect(rank).toMatchObject({ 'a.service': 0, 'b.service': 1, 'c.service': 2 })
    expect(g.summary).toContain('a.service')
  })
})
