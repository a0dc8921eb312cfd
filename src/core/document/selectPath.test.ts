import { describe, expect, it } from 'vitest'
import { readSiteFile, siteData } from './siteFile.ts'
import { parseSelectPath, resolveSelectPath } from './selectPath.ts'
import { allFixtures } from '../../test/fixtures.ts'

const multi = allFixtures().find((f) => f.name.includes('TestClusterDefaults-multicluster'))!
const data = siteData(readSiteFile(multi.text))

describe('paths that select by name', () => {
  it('parses selectors among ordinary segments, quoted or not', () => {
    expect(
      parseSelectPath('spec.clusters[clusterName=sno-7].nodes[hostName="a.b\\"c"].bmcAddress'),
    ).toEqual([
      { seg: 'spec' },
      { seg: 'clusters' },
      { key: 'clusterName', value: 'sno-7' },
      { seg: 'nodes' },
      { key: 'hostName', value: 'a.b"c' },
      { seg: 'bmcAddress' },
    ])
    expect(parseSelectPath('spec.clusters.0.clusterName')).toEqual([
      { seg: 'spec' },
      { seg: 'clusters' },
      { seg: 0 },
      { seg: 'clusterName' },
    ])
  })

  it('resolves a cluster by name to its index in a real multi-cluster SiteConfig', () => {
    const clusters = (data!.spec as { clusters: { clusterName: string }[] }).clusters
    const second = clusters[1]!.clusterName
    expect(
      resolveSelectPath(
        parseSelectPath(`spec.clusters[clusterName=${second}].clusterImageSetNameRef`),
        data,
      ),
    ).toEqual({
      path: ['spec', 'clusters', 1, 'clusterImageSetNameRef'],
    })
  })

  it('a name no cluster has selects nothing; one item that is not a list is said', () => {
    expect(resolveSelectPath(parseSelectPath('spec.clusters[clusterName=nope].x'), data)).toEqual({
      none: 'no item with clusterName=nope',
    })
    expect(resolveSelectPath(parseSelectPath('spec.baseDomain[x=y]'), data)).toHaveProperty('none')
  })

  it('two items that match are an error, not a guess', () => {
    const twice = { spec: { clusters: [{ clusterName: 'a' }, { clusterName: 'a' }] } }
    expect(resolveSelectPath(parseSelectPath('spec.clusters[clusterName=a].x'), twice)).toEqual({
      error: '2 items have clusterName=a',
    })
  })
})
