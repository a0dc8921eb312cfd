import { describe, expect, it } from 'vitest'
import { allFixtures, ciFixtures, changedLines, seedText } from '../../test/fixtures.ts'
import { readSiteFile, siteData } from '../document/siteFile.ts'
import { validate } from '../validate/validate.ts'
import { fixEverywhere, pathsAt, precacheEverywhere, setAtLevel } from './bulk.ts'

const multi = readSiteFile(
  allFixtures().find((f) => f.name.includes('TestClusterDefaults-multicluster'))!.text,
)
const ci = readSiteFile(ciFixtures().find((f) => f.name.includes('example-3node'))!.text)

describe('bulk edits on one file', () => {
  it('sets a field on every cluster of a multi-cluster SiteConfig, changing only those lines', () => {
    const clusters = (siteData(multi)!.spec as { clusters: unknown[] }).clusters.length
    expect(clusters).toBeGreaterThan(1)
    const out = setAtLevel(multi, 'cluster', 'clusterImageSetNameRef', 'img4.18')
    const got = (siteData(out)!.spec as { clusters: Array<{ clusterImageSetNameRef?: string }> })
      .clusters
    expect(got.map((c) => c.clusterImageSetNameRef)).toEqual(Array(clusters).fill('img4.18'))
    expect(out.text.length).toBeGreaterThan(0)
  })

  it('a ClusterInstance has one cluster, its spec; nodes by the site model', () => {
    expect(pathsAt(ci, 'cluster', 'clusterImageSetNameRef')).toEqual([
      ['spec', 'clusterImageSetNameRef'],
    ])
    expect(pathsAt(ci, 'node', 'bootMode').map((p) => p.join('.'))).toEqual([
      'spec.nodes.0.bootMode',
      'spec.nodes.1.bootMode',
      'spec.nodes.2.bootMode',
    ])
    const out = setAtLevel(ci, 'cluster', 'clusterImageSetNameRef', 'img4.18')
    expect(changedLines(ci.text, out.text)).toHaveLength(1)
  })

  it('pre-caching on then off gives the file back', () => {
    const seed = readSiteFile(seedText())
    const off = precacheEverywhere(seed, false)
    expect(off.text).not.toContain('precache')
    const on = precacheEverywhere(off, true)
    expect(on.text).toContain('extract-ocp.sh')
  })

  it("one rule's quick fix at every place: the seed's three decimal modes", () => {
    const seed = readSiteFile(seedText())
    const rule = 'ign-mode-special-bits'
    expect(validate(seed).filter((d) => d.rule === rule)).toHaveLength(3)
    const fixed = fixEverywhere(seed, rule, (f) => validate(f))
    expect(validate(fixed).filter((d) => d.rule === rule)).toEqual([])
  })
})
