import { describe, expect, it } from 'vitest'
import { getIn, parsePath } from '../document/path.ts'
import { fileKind, fileModel, readSiteFile, siteData } from '../document/siteFile.ts'
import type { Scope } from '../document/scope.ts'
import { allFixtures, ciFixtures } from '../../test/fixtures.ts'
import { clusterInstanceModel as m, docKind, readAs, siteConfigModel } from './siteModel.ts'

describe('the ClusterInstance site model', () => {
  it.each<[string, Scope]>([
    ['metadata.name', { kind: 'site' }],
    ['spec', { kind: 'cluster', cluster: 0 }],
    ['spec.clusterName', { kind: 'cluster', cluster: 0 }],
    ['spec.nodes', { kind: 'cluster', cluster: 0 }],
    ['spec.nodes.3.hostName', { kind: 'node', cluster: 0, node: 3 }],
    ['spec.nodes.3.nodeNetwork.interfaces.0.name', { kind: 'node', cluster: 0, node: 3 }],
  ])('%s lies in %j', (p, scope) => {
    expect(m.scopeOf(parsePath(p))).toEqual(scope)
    expect(m.scopeOf(m.pathOf(scope))).toEqual(scope)
  })

  it('finds the one cluster and its nodes in every ClusterInstance fixture', () => {
    let seen = 0
    for (const f of ciFixtures()) {
      const file = readSiteFile(f.text)
      const data = siteData(file)
      if (docKind(data) !== 'ClusterInstance') continue
      seen++
      expect(fileKind(file), f.name).toBe('ClusterInstance')
      expect(fileModel(file), f.name).toBe(m)
      const spec = getIn(data, ['spec'])
      expect(m.clusterList(data)).toEqual(spec ? [spec] : [])
      expect(m.nodeList(data, 0)).toEqual(getIn(data, ['spec', 'nodes']) ?? [])
    }
    expect(seen).toBeGreaterThan(10)
  })

  it('leaves every SiteConfig fixture to the SiteConfig model', () => {
    for (const f of allFixtures()) {
      const file = readSiteFile(f.text)
      if (siteData(file)?.kind === 'SiteConfig')
        expect(fileModel(file), f.name).toBe(siteConfigModel)
    }
  })

  it('tells the kinds apart by kind, then by API group', () => {
    expect(docKind({ kind: 'ClusterInstance' })).toBe('ClusterInstance')
    expect(docKind({ apiVersion: 'siteconfig.open-cluster-management.io/v1alpha1' })).toBe(
      'ClusterInstance',
    )
    expect(docKind({ apiVersion: 'ran.openshift.io/v1', kind: 'Other' })).toBe('SiteConfig')
    expect(docKind({ apiVersion: 'v1', kind: 'Namespace' })).toBeUndefined()
    // the node-grouping proposal's NodeGroup shares the API group but is not a ClusterInstance
    expect(
      docKind({ apiVersion: 'siteconfig.open-cluster-management.io/v1alpha1', kind: 'NodeGroup' }),
    ).toBeUndefined()
    expect(docKind([])).toBeUndefined()
  })

  it('reads a misspelt kind of the ClusterInstance group as a ClusterInstance, and edits the ClusterInstance beside a NodeGroup', () => {
    const api = 'siteconfig.open-cluster-management.io/v1alpha1'
    expect(docKind({ apiVersion: api, kind: 'Cluster' })).toBe('ClusterInstance')
    expect(readAs({ apiVersion: api, kind: 'NodeGroup' })).toBe('ClusterInstance')
    expect(readAs({ apiVersion: 'v1', kind: 'Namespace' })).toBe('SiteConfig')
    const grouping = ciFixtures().find((f) => f.name.includes('node-grouping'))!
    const file = readSiteFile(grouping.text)
    expect((siteData(file) as { kind: string }).kind).toBe('ClusterInstance')
  })
})
