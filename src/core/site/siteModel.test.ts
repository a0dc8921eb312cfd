import { describe, expect, it } from 'vitest'
import { parsePath } from '../document/path.ts'
import { readSiteFile, siteData } from '../document/siteFile.ts'
import type { Scope } from '../document/scope.ts'
import { allFixtures } from '../../test/fixtures.ts'
import { siteConfigModel as m } from './siteModel.ts'

describe('the SiteConfig site model', () => {
  it.each<[string, Scope]>([
    ['metadata.name', { kind: 'site' }],
    ['spec.baseDomain', { kind: 'site' }],
    ['spec.clusters', { kind: 'site' }],
    ['spec.clusters.2', { kind: 'cluster', cluster: 2 }],
    ['spec.clusters.2.machineNetwork.0.cidr', { kind: 'cluster', cluster: 2 }],
    ['spec.clusters.2.nodes', { kind: 'cluster', cluster: 2 }],
    ['spec.clusters.2.nodes.5.bmcAddress', { kind: 'node', cluster: 2, node: 5 }],
    ['spec.clusters.x.nodes.5', { kind: 'site' }],
  ])('%s lies in %j', (path, scope) => {
    expect(m.scopeOf(parsePath(path))).toEqual(scope)
  })

  it('maps a scope to its path and back', () => {
    for (const s of [
      { kind: 'site' },
      { kind: 'cluster', cluster: 1 },
      { kind: 'node', cluster: 1, node: 3 },
    ] as Scope[])
      expect(m.scopeOf(m.pathOf(s))).toEqual(s)
    expect(m.scopePrefix(parsePath('spec.clusters.0.nodes.1.hostName'))).toEqual(m.node(0, 1))
  })

  it('finds every cluster and node of every SiteConfig fixture', () => {
    for (const f of allFixtures()) {
      const data = siteData(readSiteFile(f.text))
      if (!data || data.kind !== 'SiteConfig') continue
      const clusters = m.clusterList(data)
      const raw = (data.spec as { clusters?: unknown } | undefined)?.clusters
      expect(clusters, f.name).toEqual(Array.isArray(raw) ? raw : [])
      clusters.forEach((c, i) =>
        expect(m.nodeList(data, i)).toEqual((c as { nodes?: unknown[] }).nodes ?? []),
      )
    }
  })
})

describe('the site form and the navigator split a SiteConfig as the model does', () => {
  it('site fields lie beside the clusters, nodes below a cluster', () => {
    expect(m.clusters.slice(0, m.siteFields.length)).toEqual(m.siteFields)
    expect(m.nodes(0)).toEqual([...m.cluster(0), ...m.clusterStructureKeys])
  })
})

describe('listKeys', () => {
  it('names the keys of the clusters and node lists', () => {
    expect(m.listKeys).toEqual(['clusters', 'nodes'])
  })
})
