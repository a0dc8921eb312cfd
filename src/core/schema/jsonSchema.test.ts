import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { siteConfigSchema } from './jsonSchema.ts'

describe('the SiteConfig JSON Schema', () => {
  // JSON.parse gives the loosely typed view these checks read through
  const schema = JSON.parse(JSON.stringify(siteConfigSchema()))

  it('is generated from the field table: enums, defaults, required keys, nested levels', () => {
    const cluster = schema.properties.spec.properties.clusters.items
    const node = cluster.properties.nodes.items
    expect(schema.properties.apiVersion.enum).toEqual([
      'ran.openshift.io/v1',
      'ran.openshift.io/v2',
    ])
    expect(cluster.properties.networkType.enum).toEqual(['OVNKubernetes', 'OpenShiftSDN'])
    expect(cluster.properties.networkType.description).toContain('Default: OVNKubernetes.')
    expect(node.properties.bootMode.enum).toEqual(['UEFI', 'UEFISecureBoot', 'legacy'])
    expect(node.required).toEqual([
      'hostName',
      'bmcAddress',
      'bmcCredentialsName',
      'bootMACAddress',
    ])
    expect(node.properties.installerArgs.type).toBe('string')
    expect(cluster.properties.siteConfigMap.description).toContain('ran.openshift.io/v2')
    expect(cluster.additionalProperties).toBe(false)
  })

  it('is what public/siteconfig.schema.json serves (regenerate with npm run schema)', () => {
    const served = readFileSync(
      new URL('../../../public/siteconfig.schema.json', import.meta.url),
      'utf8',
    )
    expect(JSON.parse(served)).toEqual(schema)
  })
})
