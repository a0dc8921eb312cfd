import { describe, expect, it } from 'vitest'
import { ciSite } from '../../../test/ciSite.ts'
import { readSiteFile } from '../../document/siteFile.ts'
import { validate } from '../validate.ts'

const of = (rule: string, text: string) =>
  validate(readSiteFile(text))
    .filter((d) => d.rule === rule)
    .map((d) => d.message)

describe('kinds in a ClusterInstance: extraAnnotations, extraLabels, suppressedManifests', () => {
  it('passes the kinds the templates render', () => {
    const t = ciSite({
      cluster:
        'extraAnnotations:\n  ManagedCluster:\n    a: b\nsuppressedManifests:\n  - KlusterletAddonConfig\n',
      node: 'extraLabels:\n  BareMetalHost:\n    a: b\n',
    })
    expect(of('site-cr-annotations-kind', t)).toEqual([])
    expect(of('site-cr-suppression-kind', t)).toEqual([])
  })

  it('reports a kind no template renders, with the nearest one', () => {
    const t = ciSite({
      cluster:
        'extraAnnotations:\n  BaremetalHost:\n    a: b\nsuppressedManifests:\n  - AgentClusterInstal\n',
    })
    expect(of('site-cr-annotations-kind', t)).toEqual([
      'extraAnnotations: "BaremetalHost" is no kind the default templates render; did you mean "BareMetalHost"?',
    ])
    expect(of('site-cr-suppression-kind', t)).toEqual([
      'suppressedManifests[0]: "AgentClusterInstal" is no kind the default templates render; did you mean "AgentClusterInstall"?',
    ])
  })

  it('says that suppressing BareMetalHost deprovisions the host', () =>
    expect(
      of('site-bmh-suppression', ciSite({ node: 'suppressedManifests:\n  - BareMetalHost\n' })),
    ).toEqual([
      'Suppressing BareMetalHost for sno1.example.com deprovisions this host (the worker-deletion flow)',
    ]))

  it('checks the ManagedCluster labels in extraLabels.ManagedCluster', () => {
    const ok = ciSite({ cluster: 'extraLabels:\n  ManagedCluster:\n    du-profile: "4.21"\n' })
    expect(of('cluster-label-syntax', ok)).toEqual([])
    const bad = ciSite({ cluster: 'extraLabels:\n  ManagedCluster:\n    du profile: "4.21"\n' })
    expect(of('cluster-label-syntax', bad)).toHaveLength(1)
  })
})
