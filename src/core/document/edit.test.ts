import jsyaml from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { allFixtures, changedLines, seedText } from '../../test/fixtures.ts'
import * as cmd from './commands.ts'
import { deleteIn, insertItem, setIn } from './edit.ts'
import { moveItem } from './editSeq.ts'
import { getIn } from './path.ts'
import { readSiteFile, siteData } from './siteFile.ts'
import type { SiteFile } from './siteFile.ts'
import { siteConfigModel } from '../site/siteModel.ts'

/** the patched data must equal what a fresh read of the new text gives */
function reread(f: SiteFile) {
  const d = f.docs[f.site]
  return jsyaml.load(f.text.slice(d?.start, d?.end), { schema: jsyaml.CORE_SCHEMA })
}

const withClusters = allFixtures().filter((f) =>
  Array.isArray(getIn(siteData(readSiteFile(f.text)), [...siteConfigModel.clusters])),
)

describe.each(withClusters)('commands on $name', ({ text }) => {
  const file = readSiteFile(text)
  const c0 = [...siteConfigModel.cluster(0)]
  const ops: Array<[string, (f: SiteFile) => SiteFile]> = [
    ['set a new nested field', (f) => setIn(f, [...c0, 'proxy', 'httpProxy'], 'http://proxy:3128')],
    ['unset clusterName', (f) => deleteIn(f, [...c0, 'clusterName'])],
    ['add a node', (f) => cmd.addNode(f, { cluster: 0 })],
    ['duplicate the cluster', (f) => cmd.duplicateCluster(f, { index: 0 })],
    [
      'add an NTP source',
      (f) =>
        cmd.addListItem(f, {
          path: [...c0, 'additionalNTPSources'],
          value: 'ntp.example.com',
          index: 0,
        }),
    ],
    [
      'set a label that YAML 1.1 reads as a boolean',
      (f) => cmd.setMapEntry(f, { path: [...c0, 'clusterLabels'], key: 'on', value: 'yes' }),
    ],
    [
      'remove the first node',
      (f) =>
        getIn(siteData(f), [...c0, 'nodes', 0]) ? cmd.removeNode(f, { cluster: 0, index: 0 }) : f,
    ],
  ]
  it.each(ops)('%s keeps data and text in step', (_, op) => {
    const out = op(file)
    expect(reread(out)).toEqual(siteData(out))
    expect(out.text).not.toBe(text)
  })
})

describe('edits on the seed example', () => {
  const text = seedText()
  const file = readSiteFile(text)

  it('keeps the quoting style of a replaced scalar', () => {
    const out = setIn(file, [...siteConfigModel.cluster(0), 'clusterImageSetNameRef'], 'img4.16')
    expect(changedLines(text, out.text)).toEqual([14])
    expect(out.text.split('\n')[13]).toBe('    clusterImageSetNameRef: "img4.16"')
  })

  it('quotes strings that YAML 1.1 would read as booleans', () => {
    const out = cmd.setMapEntry(file, {
      path: [...siteConfigModel.cluster(0), 'clusterLabels'],
      key: 'precache',
      value: 'yes',
    })
    expect(out.text).toContain('      precache: "yes"\n')
  })

  it("writes new keys at the mapping's own indentation", () => {
    const out = setIn(file, [...siteConfigModel.node(0, 0), 'nodeLabels', 'role'], 'du')
    expect(out.text).toContain(
      '              macAddress: "AA:BB:CC:11:22:33"\n        nodeLabels:\n          role: du',
    )
  })

  it('removes a node and nothing else', () => {
    const two = cmd.addNode(file, { cluster: 0 })
    const back = cmd.removeNode(two, { cluster: 0, index: 1 })
    expect(back.text).toBe(text)
  })

  it('moves and duplicates list items as text, comments included', () => {
    const src =
      'spec:\n  clusters:\n  # first\n  - clusterName: a\n  # second\n  - clusterName: b\n'
    const f = readSiteFile(src)
    const moved = cmd.moveCluster(f, { from: 0, to: 1 })
    expect(moved.text).toBe(
      'spec:\n  clusters:\n  # second\n  - clusterName: b\n  # first\n  - clusterName: a\n',
    )
    const dup = cmd.duplicateCluster(f, { index: 1 })
    expect(reread(dup)).toEqual({
      spec: { clusters: [{ clusterName: 'a' }, { clusterName: 'b' }, { clusterName: 'b-copy' }] },
    })
  })

  it('edits inside flow collections by rewriting that collection only', () => {
    const src =
      'spec:\n  clusters:\n  - serviceNetwork: [172.30.0.0/16]  # svc\n    clusterName: x\n'
    const out = insertItem(
      readSiteFile(src),
      [...siteConfigModel.cluster(0), 'serviceNetwork'],
      1,
      'fd02::/112',
    )
    expect(out.text).toBe(
      'spec:\n  clusters:\n  - serviceNetwork: [172.30.0.0/16, fd02::/112]  # svc\n    clusterName: x\n',
    )
  })

  it('refuses to edit text that does not parse and leaves it alone', () => {
    const bad = readSiteFile('spec: [\n')
    expect(() => setIn(bad, ['spec', 'x'], 1)).toThrow(/does not parse/)
  })

  it('creates a document in Kubernetes style when the file is empty of values', () => {
    const out = setIn(
      readSiteFile('apiVersion: ran.openshift.io/v1\n'),
      [...siteConfigModel.clusters],
      [{ clusterName: 'a', nodes: [{ hostName: 'h', role: 'master' }] }],
    )
    expect(out.text).toBe(
      'apiVersion: ran.openshift.io/v1\nspec:\n  clusters:\n  - clusterName: a\n    nodes:\n    - hostName: h\n      role: master\n',
    )
  })
})

describe('new keys of a site spec or a cluster go before its clusters/nodes list', () => {
  it('adds a cluster field above nodes and a site field above clusters', () => {
    const seed = readSiteFile(seedText())
    const c = cmd.setField(seed, {
      path: [...siteConfigModel.cluster(0), 'holdInstallation'],
      value: true,
    })
    expect(c.text).toContain('      - clock.corp.redhat.com\n    ignitionConfigOverride:')
    expect(c.text).toContain("      }'\n    holdInstallation: true\n    nodes:\n")
    const s = cmd.setField(seed, {
      path: ['spec', 'crTemplates'],
      value: { KlusterletAddonConfig: 'kac.yaml' },
    })
    expect(s.text).toContain(
      '  sshPublicKey: "ssh-rsa ..."\n  crTemplates:\n    KlusterletAddonConfig: kac.yaml\n  clusters:\n',
    )
    expect(readSiteFile(s.text).docs[0]!.data).toEqual(s.docs[0]!.data)
  })

  it('keeps a comment above nodes attached to nodes', () => {
    const text =
      'spec:\n  clusters:\n  - clusterName: a\n    # the hosts\n    nodes:\n      - hostName: h\n'
    const f = cmd.setField(readSiteFile(text), {
      path: [...siteConfigModel.cluster(0), 'networkType'],
      value: 'OVNKubernetes',
    })
    expect(f.text).toBe(
      'spec:\n  clusters:\n  - clusterName: a\n    networkType: OVNKubernetes\n    # the hosts\n    nodes:\n      - hostName: h\n',
    )
  })
})

describe('typing into one field (the same path written again and again)', () => {
  const fresh = (f: SiteFile) => readSiteFile(f.text) // a new text object: no shortcut applies
  it.each([
    ['cluster name', [...siteConfigModel.cluster(0), 'clusterName'], 'sno-worker-0'],
    ['host name', [...siteConfigModel.node(0, 0), 'hostName'], 'snonode'],
    [
      'a plain scalar',
      [...siteConfigModel.cluster(0), 'clusterNetwork', 0, 'cidr'],
      '10.128.0.0/14',
    ],
    ['a number', [...siteConfigModel.cluster(0), 'clusterNetwork', 0, 'hostPrefix'], 2],
  ] as const)('%s: each keystroke gives what a fresh lookup gives', (_, path, start) => {
    let f = readSiteFile(seedText())
    const steps =
      typeof start === 'number'
        ? [23, 2, 24, 3]
        : ['', 'yes', "it's", 'a"b', '#x', `${start}-1`, 'no', 'x: y', '']
    for (const v of steps) {
      const typed = cmd.setField(f, { path, value: v })
      expect(typed.text).toBe(cmd.setField(fresh(f), { path, value: v }).text)
      expect(reread(typed)).toEqual(typed.docs[typed.site]!.data)
      f = typed
    }
  })
})

describe('a block scalar ending in # lines', () => {
  it('deletes and moves those lines with the value', () => {
    expect(deleteIn(readSiteFile('b: 1\na: |\n  echo\n  # end\n'), ['a']).text).toBe('b: 1\n')
    const list = readSiteFile('m:\n- x: |\n    echo\n    # end\n- b\n')
    expect(moveItem(list, ['m'], 1, 0).text).toBe('m:\n- b\n- x: |\n    echo\n    # end\n')
  })
})
