import { describe, expect, it } from 'vitest'
import { ciSite } from '../../../test/ciSite.ts'
import { readSiteFile } from '../../document/siteFile.ts'
import { validate } from '../validate.ts'

const of = (rule: string, text: string) =>
  validate(readSiteFile(text)).filter((d) => d.rule === rule)
const messages = (rule: string, text: string) => of(rule, text).map((d) => d.message)

describe('ci-required', () => {
  it('passes a complete ClusterInstance', () =>
    expect(messages('ci-required', ciSite())).toEqual([]))

  it('asks for spec, spec.nodes, both members of a templateRef and of hostRef, and reinstall.generation', () => {
    expect(messages('ci-required', ciSite().replace(/spec:[\s\S]*/, '')).length).toBe(1)
    expect(messages('ci-required', ciSite().replace(/ {2}nodes:[\s\S]*/, ''))).toEqual([
      "spec.nodes is required: list the cluster's hosts",
    ])
    expect(
      messages(
        'ci-required',
        ciSite({ refs: 'templateRefs:\n  - name: ai-cluster-templates-v1\n' }),
      ),
    ).toEqual(['templateRefs[0].namespace is required (a non-empty string)'])
    expect(
      messages('ci-required', ciSite({ node: 'hostRef:\n  name: bmh1\n  namespace: ""\n' })),
    ).toEqual(['nodes[0].hostRef.namespace is required (a non-empty string)'])
    expect(
      messages('ci-required', ciSite({ cluster: 'reinstall:\n  preservationMode: All\n' })),
    ).toEqual(['spec.reinstall.generation is required'])
  })
})

describe('ci-enum', () => {
  it('passes the CRD values', () =>
    expect(
      messages(
        'ci-enum',
        ciSite({
          cluster: 'platformType: BareMetal\ncpuArchitecture: multi\n',
          node: 'cpuArchitecture: aarch64\n',
        }),
      ),
    ).toEqual([]))

  it('refuses others, with a fix for a case slip', () => {
    const sno = of('ci-enum', ciSite().replace('clusterType: SNO', 'clusterType: sno'))
    expect(sno[0]?.fix).toMatchObject({ op: 'set', value: 'SNO' })
    expect(
      messages('ci-enum', ciSite().replace('clusterType: SNO', 'clusterType: standard')),
    ).toEqual([
      'clusterType "standard" must be SNO, HighlyAvailable, HostedControlPlane or HighlyAvailableArbiter',
    ])
    expect(messages('ci-enum', ciSite({ node: 'cpuArchitecture: multi\n' }))).toHaveLength(1)
  })
})

describe('ci-label-length', () => {
  const name = (n: number) => 'c'.repeat(n)
  it('allows a 31-character clusterName and a 63-character hostName', () => {
    const t = ciSite().replace('clusterName: sno1', `clusterName: ${name(31)}`)
    expect(
      messages('ci-label-length', t.replace('hostName: sno1.example.com', `hostName: ${name(63)}`)),
    ).toEqual([])
  })

  it('reports a 32-character clusterName and a 64-character hostName', () => {
    const t = ciSite().replace('clusterName: sno1', `clusterName: ${name(32)}`)
    const ms = messages(
      'ci-label-length',
      t.replace('hostName: sno1.example.com', `hostName: ${name(64)}`),
    )
    expect(ms).toHaveLength(2)
    expect(ms[0]).toMatch(/^clusterName is 32 characters: the owned-by label/)
    expect(ms[1]).toMatch(/^nodes\[0\].hostName is 64 characters/)
  })
})
