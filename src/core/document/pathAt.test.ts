import { describe, expect, it } from 'vitest'
import { pathAt } from './pathAt.ts'
import { Positions } from './positions.ts'
import { readSiteFile } from './siteFile.ts'
import { formatPath } from './path.ts'
import { seedText } from '../../test/fixtures.ts'

describe('pathAt', () => {
  const file = readSiteFile(seedText())
  const at = (needle: string, from = 0) => formatPath(pathAt(file, file.text.indexOf(needle, from)))

  it('finds the field under a position in the seed', () => {
    expect(at('installerArgs')).toBe('spec.clusters.0.nodes.0.installerArgs')
    expect(at('clusterImageSetNameRef')).toBe('spec.clusterImageSetNameRef')
    expect(at('clusterImageSetNameRef', file.text.indexOf('clusterName'))).toBe(
      'spec.clusters.0.clusterImageSetNameRef',
    )
    expect(at('baseDomain')).toBe('spec.baseDomain')
  })

  it('is the inverse of Positions.range for every located leaf of the seed', () => {
    const pos = new Positions(file)
    for (const p of [
      ['spec', 'clusters', 0, 'nodes', 0, 'bmcAddress'],
      ['spec', 'clusters', 0, 'nodes', 0, 'ignitionConfigOverride'],
      ['spec', 'clusters', 0, 'clusterName'],
    ]) {
      const r = pos.range(p)!
      expect(formatPath(pathAt(file, r.end - 1))).toBe(formatPath(p))
    }
  })

  it('is empty outside the document', () => {
    expect(pathAt(file, -1)).toEqual([])
    expect(pathAt(file, file.text.length + 5)).toEqual([])
  })
})
