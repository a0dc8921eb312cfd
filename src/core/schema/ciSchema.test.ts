import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { clusterInstanceSchema, editorSchema } from './jsonSchema.ts'

describe('the ClusterInstance JSON Schema', () => {
  const schema = JSON.parse(JSON.stringify(clusterInstanceSchema()))
  const spec = schema.properties.spec
  const node = spec.properties.nodes.items

  it('carries the CRD: required fields, enums, maxItems, patterns', () => {
    expect(schema.properties.kind.const).toBe('ClusterInstance')
    expect(spec.required).toEqual([
      'clusterName',
      'baseDomain',
      'clusterImageSetNameRef',
      'pullSecretRef',
      'templateRefs',
      'nodes',
    ])
    expect(spec.properties.clusterType.enum).toContain('HighlyAvailableArbiter')
    expect(spec.properties.apiVIPs.maxItems).toBe(2)
    expect(spec.properties.serviceNetwork.items.properties.cidr.type).toBe('string')
    expect(node.properties.role.enum).toEqual(['master', 'worker', 'arbiter'])
    expect(node.properties.bootMACAddress.pattern).toBe('[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}')
    expect(node.required).toContain('templateRefs')
    expect(Object.keys(node.properties.extraLabels.properties)).toEqual([
      'InfraEnv',
      'BareMetalHost',
      'NMStateConfig',
    ])
  })

  it('is what public/clusterinstance.schema.json serves (regenerate with npm run schema)', () => {
    const served = readFileSync(
      new URL('../../../public/clusterinstance.schema.json', import.meta.url),
      'utf8',
    )
    expect(JSON.parse(served)).toEqual(schema)
  })

  it('is the YAML pane schema when kind says ClusterInstance, SiteConfig otherwise', () => {
    const s = JSON.parse(JSON.stringify(editorSchema()))
    expect(s.if.properties.kind.const).toBe('ClusterInstance')
    expect(s.then.properties.spec.properties.nodes).toBeDefined()
    expect(s.else.properties.spec.properties.clusters).toBeDefined()
  })
})
