import { describe, expect, it } from 'vitest'
import { NODE, ciSite } from '../../../test/ciSite.ts'
import { readSiteFile } from '../../document/siteFile.ts'
import { validate } from '../validate.ts'

const topology = (text: string) =>
  validate(readSiteFile(text))
    .filter((d) => d.rule === 'cluster-ci-topology')
    .map((d) => d.message)
const master = (h: string) =>
  NODE.replace('sno1.example.com', h).replace('e4:43:4b:bd:90:46', `e4:43:4b:bd:90:${h.length}0`)
const typed = (type: string, nodes: string[]) =>
  ciSite({ nodes }).replace('clusterType: SNO', `clusterType: ${type}`)

describe('cluster-ci-topology', () => {
  it('passes an SNO with its templates (near miss of every case below)', () =>
    expect(topology(ciSite())).toEqual([]))

  it('requires a cluster-level template reference, with the webhook text', () => {
    const t = ciSite({ refs: 'templateRefs: []\n' })
    expect(topology(t)[0]).toMatch(/^missing cluster-level template reference/)
  })

  it('requires node-level template references, naming the node as the webhook does', () => {
    const t = ciSite().replace(/ {6}templateRefs:\n.*\n.*\n$/, '')
    expect(topology(t)).toEqual([
      'missing node-level template reference for node "sno1.example.com"',
    ])
  })

  it('SNO needs exactly one master', () => {
    expect(topology(typed('SNO', [master('m2.example.com')]))).toEqual([
      'clusterType SNO needs exactly 1 control-plane agent (counted 2)',
    ])
    expect(
      topology(typed('SNO', [master('w.example.com').replace('role: master', 'role: worker')])),
    ).toEqual([])
  })

  it('HostedControlPlane takes no masters', () => {
    expect(topology(typed('HostedControlPlane', []))[0]).toMatch(
      /takes no control-plane agents \(counted 1\)/,
    )
    expect(
      topology(
        ciSite()
          .replace('clusterType: SNO', 'clusterType: HostedControlPlane')
          .replace('role: master', 'role: worker'),
      ),
    ).toEqual([])
  })

  it('HighlyAvailableArbiter needs an arbiter and two masters; arbiters need that type', () => {
    const arbiter = master('a.example.com').replace('role: master', 'role: arbiter')
    expect(topology(typed('HighlyAvailableArbiter', [arbiter]))).toEqual([
      'clusterType HighlyAvailableArbiter needs at least 1 arbiter and 2 control-plane agents (counted 1 and 1)',
    ])
    expect(topology(typed('HighlyAvailableArbiter', [master('m2.example.com'), arbiter]))).toEqual(
      [],
    )
    expect(topology(typed('HighlyAvailable', [master('m2.example.com'), arbiter]))).toEqual([
      'nodes[2].role: arbiter nodes are only allowed with clusterType HighlyAvailableArbiter',
    ])
  })
})
