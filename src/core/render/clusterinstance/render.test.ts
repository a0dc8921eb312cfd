import { describe, expect, it } from 'vitest'
import { ciFixtures } from '../../../test/fixtures.ts'
import { readSiteFile, siteData } from '../../document/siteFile.ts'
import { renderFile } from '../render.ts'
import type { AcmVersion } from '../types.ts'
import { renderClusterInstance } from './index.ts'

const fixture = (end: string) => ciFixtures().find((f) => f.name.endsWith(end))!
const BMAC = 'bmac.agent-install.openshift.io/'
const render = (text: string, acm: AcmVersion = '2.14') =>
  renderClusterInstance(siteData(readSiteFile(text))!, { acm })
const three = fixture('assisted-installer__example-3node.yaml')
const docs = fixture('ocp-4.21-docs-precache-example.yaml')
const names = (text: string, kind: string, acm: AcmVersion = '2.14') =>
  render(text, acm)
    .resources.filter((r) => r.kind === kind)
    .map((r) => `${r.namespace}/${r.name}`)

describe('ClusterInstance rendering (default assisted-installer templates)', () => {
  it('renders every fixture that parses without throwing', () => {
    let rendered = 0
    for (const f of ciFixtures()) {
      const r = renderFile(readSiteFile(f.text))
      if (r) rendered++
    }
    expect(rendered).toBeGreaterThan(12)
  })

  it('gives each node its InfraEnv from ACM 2.14, and one per cluster up to 2.13', () => {
    expect(names(three.text, 'InfraEnv')).toEqual([
      'example-ai-3node/example-node1.example.com',
      'example-ai-3node/example-node2.example.com',
      'example-ai-3node/example-node3.example.com',
    ])
    expect(names(three.text, 'InfraEnv', '2.13')).toEqual(['example-ai-3node/example-ai-3node'])
    const bmh = (acm: AcmVersion) =>
      render(three.text, acm).resources.find((r) => r.kind === 'BareMetalHost')!.body
    expect(bmh('2.14')).toMatchObject({
      metadata: {
        labels: {
          'infraenvs.agent-install.openshift.io': 'example-node1.example.com',
          'cluster.open-cluster-management.io/backup': 'cluster-activation',
        },
      },
    })
    expect(bmh('2.13')).toMatchObject({
      metadata: { labels: { 'infraenvs.agent-install.openshift.io': 'example-ai-3node' } },
    })
  })

  it('puts the 4.21 example’s pre-cache fields on the InfraEnv and the BareMetalHost', () => {
    const r = render(docs.text)
    expect(r.failed).toBe(false)
    const env = r.resources.find((x) => x.kind === 'InfraEnv')!
    expect(env.precache).toEqual([
      { field: ['spec', 'ignitionConfigOverride'], role: 'clusterOverride' },
    ])
    // the template's single quotes fold the multi-line JSON onto one line; it still parses
    const override = (env.body.spec as { ignitionConfigOverride: string }).ignitionConfigOverride
    expect(JSON.parse(override)).toMatchObject({ ignition: { version: '3.2.0' } })
    const host = r.resources.find((x) => x.kind === 'BareMetalHost')!
    expect(host.precache.map((p) => p.role)).toEqual(['nodeOverride', 'installerArgs'])
    const ann = (host.body.metadata as { annotations: Record<string, string> }).annotations
    expect(JSON.parse(ann[`${BMAC}installer-args`]!)).toContain('--save-partlabel')
    expect(ann['inspect.metal3.io']).toBe('')
    expect(host.origins).toContainEqual({
      field: ['metadata', 'annotations', `${BMAC}installer-args`],
      source: ['spec', 'nodes', 0, 'installerArgs'],
    })
  })

  it("fails where the operator would: a ' inside the template's quotes", () => {
    const text = docs.text.replace(
      '"--save-partlabel"',
      `"--append-karg", "it''s", "--save-partlabel"`,
    )
    const r = render(text)
    expect(r.failed).toBe(true)
    expect(r.notes.find((n) => n.severity === 'error')).toMatchObject({
      path: ['spec', 'nodes', 0, 'installerArgs'],
      message: { params: { field: 'spec.nodes.0.installerArgs' } },
    })
    expect(r.resources.map((x) => x.kind)).not.toContain('BareMetalHost')
  })

  it('adds extraLabels by kind without overriding the template, and the owned-by label', () => {
    const r = render(docs.text)
    const mc = r.resources.find((x) => x.kind === 'ManagedCluster')!
    const labels = (mc.body.metadata as { labels: Record<string, string> }).labels
    expect(labels).toMatchObject({
      cloud: 'auto-detect',
      vendor: 'auto-detect',
      'siteconfig.open-cluster-management.io/owned-by': 'sno-worker-0_sno-worker-0',
    })
    expect(Object.keys(labels).length).toBeGreaterThan(3)
  })

  it('leaves out a suppressed manifest and says so', () => {
    const text = docs.text.replace(
      '  clusterName: "sno-worker-0"\n',
      '  clusterName: "sno-worker-0"\n  suppressedManifests: ["KlusterletAddonConfig"]\n',
    )
    const r = render(text)
    expect(r.resources.map((x) => x.kind)).not.toContain('KlusterletAddonConfig')
    expect(r.notes.map((n) => n.message.text)).toContain(
      'KlusterletAddonConfig is in suppressedManifests: it is not rendered',
    )
  })

  it('renders 1,000 nodes', () => {
    const head = docs.text.slice(0, docs.text.indexOf('    - hostName:'))
    const node = docs.text.slice(docs.text.indexOf('    - hostName:'))
    const big =
      head + Array.from({ length: 1000 }, (_, i) => node.replace('snonode', `n${i}`)).join('')
    expect(render(big).resources).toHaveLength(1000 * 3 + 4)
  })
})
