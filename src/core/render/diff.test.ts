import { describe, expect, it } from 'vitest'
import { seedText } from '../../test/fixtures.ts'
import { setIn } from '../document/edit.ts'
import { readSiteFile } from '../document/siteFile.ts'
import type { SiteFile } from '../document/siteFile.ts'
import { formatPath } from '../document/path.ts'
import { diffResources } from './diff.ts'
import { renderSiteConfig } from './siteconfig/index.ts'
import { siteData } from '../document/siteFile.ts'

const seed = readSiteFile(seedText())
const NODE = ['spec', 'clusters', 0, 'nodes', 0]
const BMAC = 'bmac.agent-install.openshift.io/'

function changes(after: SiteFile, before = seed) {
  const render = (f: SiteFile) => renderSiteConfig(siteData(f)!)
  return diffResources(render(before), render(after)).map((c) => ({
    what: `${c.kind} ${c.name} ${c.change}`,
    fields: c.fields.map((f) => `${formatPath(f.path)} ${f.change}`),
    why: c.consequences.map((m) => m.text),
  }))
}

describe('diffResources on the seed', () => {
  it('is empty for the same text', () => {
    expect(changes(seed)).toEqual([])
  })

  it('names the AgentClusterInstall imageSetRef when the cluster image set changes', () => {
    const after = setIn(seed, ['spec', 'clusters', 0, 'clusterImageSetNameRef'], 'img4.18.1')
    expect(changes(after)).toEqual([
      {
        what: 'AgentClusterInstall sno-worker-0 changed',
        fields: ['spec.imageSetRef.name changed'],
        why: ['immutable once the installation has started: the webhook refuses the change'],
      },
    ])
  })

  it("says the discovery ISO is regenerated when the cluster's override changes", () => {
    const at = ['spec', 'clusters', 0, 'ignitionConfigOverride']
    const after = setIn(seed, at, '{"ignition":{"version":"3.1.0"}}')
    const [c, ...rest] = changes(after)
    expect(rest).toEqual([])
    expect(c).toEqual({
      what: 'InfraEnv sno-worker-0 changed',
      fields: ['spec.ignitionConfigOverride changed'],
      why: ['the discovery ISO will be regenerated'],
    })
  })

  it('names the BareMetalHost annotations when installerArgs is removed and added back', () => {
    const host = 'snonode.sno-worker-0.example.domain.redhat.com'
    const without = setIn(seed, [...NODE, 'installerArgs'], '')
    const removed = changes(without)
    expect(removed.map((c) => c.what)).toEqual([`BareMetalHost ${host} changed`])
    expect(removed[0]!.fields).toEqual([`metadata.annotations["${BMAC}installer-args"] removed`])
    expect(removed[0]!.why).toEqual([
      'read when the host is installed: an installed host changes only when it is reinstalled',
    ])
    expect(changes(seed, without)[0]!.fields).toEqual([
      `metadata.annotations["${BMAC}installer-args"] added`,
    ])
  })
})
