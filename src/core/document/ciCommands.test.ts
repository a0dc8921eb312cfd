import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FIXTURES_DIR } from '../../test/fixtures.ts'
import { addCluster, addNode, duplicateNode, removeCluster, removeNode } from './commands.ts'
import { EditError } from './editContext.ts'
import { readSiteFile, siteData } from './siteFile.ts'

const file = readSiteFile(
  readFileSync(
    FIXTURES_DIR +
      'clusterinstance/stolostron__siteconfig__config__samples__assisted-installer__example-3node.yaml',
    'utf8',
  ),
)
const nodes = (f: typeof file) => (siteData(f)!.spec as { nodes: Record<string, unknown>[] }).nodes

describe('structure commands on a ClusterInstance (one cluster, spec.nodes[])', () => {
  it('refuse a second cluster, and removing the one there is', () => {
    expect(() => addCluster(file)).toThrow(EditError)
    expect(() => removeCluster(file, { index: 0 })).toThrow(/one cluster/)
  })

  it('add a node under spec.nodes with the node templateRefs the others use', () => {
    const f = addNode(file, { cluster: 0 })
    const added = nodes(f).at(-1)!
    expect(nodes(f)).toHaveLength(nodes(file).length + 1)
    expect(added.templateRefs).toEqual(nodes(file).at(-1)!.templateRefs)
    expect(added.role).toBe('worker')
  })

  it('duplicate and remove nodes in place', () => {
    const d = duplicateNode(file, { cluster: 0, index: 0 })
    expect(nodes(d)[1]!.hostName).toMatch(/-copy/)
    expect(nodes(removeNode(file, { cluster: 0, index: 0 }))).toHaveLength(nodes(file).length - 1)
  })
})
