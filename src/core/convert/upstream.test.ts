// Our conversion against the real siteconfig-converter's (cnf-features-deploy @ea1961c, built
// offline with Go 1.19 from its vendored yaml.v3; outputs in ./upstream, run time stripped from
// the annotation). Field by field, parsed; the only differences are the intended ones below.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { readSiteFile } from '../document/siteFile.ts'
import { FIXTURES_DIR } from '../../test/fixtures.ts'
import { convertSiteConfig } from './convert.ts'
import { ourNoteIds } from './testNotes.ts'

const UP = join(import.meta.dirname, 'upstream')
const fixturePath = (name: string) =>
  name === 'seed-example'
    ? FIXTURES_DIR + 'seed-example.yaml'
    : `${FIXTURES_DIR}upstream/${name}.yaml`

const cases = readdirSync(UP)
  .filter((d) => existsSync(join(UP, d, 'warnings.txt')))
  .sort()

type Obj = Record<string, unknown>
const typeDiffers: string[] = []

describe('conversion matches siteconfig-converter field by field', () => {
  it('has the upstream outputs of the fixtures it accepted', () => expect(cases.length).toBe(16))

  it.each(cases)('%s', (name) => {
    const path = fixturePath(name)
    const r = convertSiteConfig(readSiteFile(readFileSync(path, 'utf8')), { fileName: path })
    const theirs = readdirSync(join(UP, name)).filter(
      (f) => f.endsWith('.yaml') && !f.startsWith('kustomization'),
    )
    // same files (upstream lets a later duplicate overwrite; none of these fixtures has one)
    expect(r.clusters.map((c) => c.fileName).sort()).toEqual(theirs.sort())
    for (const c of r.clusters) {
      const ours = parse(c.text) as Obj
      const up = parse(readFileSync(join(UP, name, c.fileName as string), 'utf8')) as Obj
      const upSpec = up.spec as Obj
      const ourSpec = ours.spec as Obj
      // intended: clusterType from the masters, with a note saying what upstream would write
      if (ourSpec.clusterType !== upSpec.clusterType) {
        const note = c.notes.find((n) => n.message.id.startsWith('clusterType is'))
        expect(note?.message.params).toMatchObject({ theirs: upSpec.clusterType })
        typeDiffers.push(
          `${String(c.clusterName)}: ${String(upSpec.clusterType)} → ${String(ourSpec.clusterType)}`,
        )
        upSpec.clusterType = ourSpec.clusterType
      }
      // everything else is equal (toEqual ignores key order: ours follows the 4.21 docs example)
      expect(ours).toEqual(up)
    }
    // the same warnings: upstream prints site-level ones once for the file, we give them per cluster
    const ourIds = ourNoteIds()
    const site = new Set<string>()
    const upstreamKind = r.clusters
      .flatMap((c) => c.notes)
      .filter((n) => !ourIds.has(n.message.id))
      .map((n) => n.message.text)
      .filter((t) => {
        const isSite = r.clusters.every((c) => c.notes.some((n) => n.message.text === t))
        if (isSite && r.clusters.length > 1 && !t.startsWith('Added default')) {
          if (site.has(t)) return false
          site.add(t)
        }
        return true
      })
    const upstreamWarnings = readFileSync(join(UP, name, 'warnings.txt'), 'utf8')
      .split('\n')
      .filter(Boolean)
    expect(upstreamKind.sort()).toEqual(upstreamWarnings.sort())
  })

  it('writes the same kustomization snippet for a single cluster, byte for byte', () => {
    const path = fixturePath('seed-example')
    const r = convertSiteConfig(readSiteFile(readFileSync(path, 'utf8')), { fileName: path })
    expect(r.kustomization).toBe(
      readFileSync(
        join(UP, 'seed-example', 'kustomization-configMapGenerator-snippet.yaml'),
        'utf8',
      ),
    )
  })

  it('differs in clusterType only where one master has workers (upstream counts nodes)', () =>
    expect(typeDiffers).toEqual(['site-sno-du-expaneded: HighlyAvailable → SNO']))

  it('differs in comments (-c): each node keeps its own, none is lost', () => {
    const path = fixturePath(
      'openshift-kni__cnf-features-deploy__ztp__gitops-subscriptions__argocd__example__siteconfig__example-3node',
    )
    const up = readFileSync(join(UP, '_comments', 'example-3node.yaml'), 'utf8')
    const ours = convertSiteConfig(readSiteFile(readFileSync(path, 'utf8')), { copyComments: true })
      .clusters[0]!.text
    // the comment above each node's bootMode, and the line that follows it
    const after = (t: string) =>
      t
        .split('\n')
        .flatMap((l, i, all) => (l.includes('# Use UEFISecureBoot') ? [all[i + 1]!.trim()] : []))
    expect(after(up)).toEqual([
      '# Use UEFISecureBoot to enable secure boot for this node, UEFI to disable',
      '# Use UEFISecureBoot to enable secure boot for this node, UEFI to disable',
      'bootMode: UEFISecureBoot',
    ])
    expect(after(ours)).toEqual(Array(3).fill('bootMode: UEFISecureBoot'))
    // upstream drops the apiVIP comment (it maps it to a key the output does not have)
    expect(up).not.toContain('# For 3-node and standard clusters')
    expect(ours).toContain('# For 3-node and standard clusters')
  })

  it('differs for several clusters: one ConfigMap per namespace, not only the first', () => {
    const name =
      'openshift-kni__cnf-features-deploy__ztp__siteconfig-generator__siteConfig__siteConfigBuilder_test.go__siteConfigV2_1-multicluster'
    const ns = (t: string) =>
      (parse(t) as { configMapGenerator: Array<{ namespace: string }> }).configMapGenerator.map(
        (g) => g.namespace,
      )
    const up = readFileSync(join(UP, name, 'kustomization-configMapGenerator-snippet.yaml'), 'utf8')
    const ours = convertSiteConfig(
      readSiteFile(readFileSync(fixturePath(name), 'utf8')),
    ).kustomization
    expect(ns(up)).toEqual(['cluster-1'])
    expect(ns(ours)).toEqual(['cluster-1', 'cluster-2', 'cluster-3', 'cluster-4'])
  })
})
