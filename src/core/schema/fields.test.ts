import { describe, expect, it } from 'vitest'
import { readSiteFile, siteData } from '../document/siteFile.ts'
import { allFixtures } from '../../test/fixtures.ts'
import type { FieldDef } from './fieldTypes.ts'
import { CLUSTER_FIELDS, NODE_FIELDS, SITE_FIELDS } from './fields.ts'
import { unknownKeys } from './unknownKeys.ts'
import { siteConfigModel } from '../site/siteModel.ts'

/** Keys the fixtures carry that are not user fields (computed or ignored by the generator). */
const NOT_FIELDS = new Set([
  'clusterType',
  'numMasters',
  'numWorkers',
  String(siteConfigModel.clusters.at(-1)),
])

function unknownIn(value: unknown, defs: readonly FieldDef[], also: string[] = []): string[] {
  const out = unknownKeys(value, defs, also).filter((k) => !NOT_FIELDS.has(k))
  if (value && typeof value === 'object' && !Array.isArray(value))
    for (const d of defs) {
      const v = (value as Record<string, unknown>)[d.key]
      if (d.kind === 'group' && d.fields)
        out.push(...unknownIn(v, d.fields).map((k) => `${d.key}.${k}`))
      if (d.kind === 'objects' && d.fields && Array.isArray(v))
        for (const item of v) out.push(...unknownIn(item, d.fields).map((k) => `${d.key}[].${k}`))
    }
  return out
}

/** Keys that are not SiteConfig fields at all: the forms list them as "also in the file". */
const EXPECTED_UNKNOWN: Record<string, string[]> = {
  // a CRD-only key (manifestsConfigMap in the CRD) that the generator ignores
  'site1-sno-du': ['cluster.manifestsConfig'],
  'site1-sno-expansion': ['cluster.manifestsConfig'],
  'site2-sno-du': ['cluster.manifestsConfig'],
}

describe('the form fields cover every key the real SiteConfigs use', () => {
  it.each(allFixtures().filter((f) => !f.name.includes('site1-err')))('$name', ({ name, text }) => {
    const data = siteData(readSiteFile(text)) as Record<string, unknown>
    const missing = unknownIn(data, SITE_FIELDS)
    const spec = data.spec as { clusters?: unknown[] } | undefined
    for (const c of spec?.clusters ?? []) {
      missing.push(...unknownIn(c, CLUSTER_FIELDS, ['nodes']).map((k) => `cluster.${k}`))
      for (const n of (c as { nodes?: unknown[] }).nodes ?? [])
        missing.push(...unknownIn(n, NODE_FIELDS).map((k) => `node.${k}`))
    }
    const key = Object.keys(EXPECTED_UNKNOWN).find((k) => name.includes(k))
    expect(missing).toEqual(key ? EXPECTED_UNKNOWN[key] : [])
  })
})

describe('field definitions', () => {
  it('have unique keys per level and options for every enum', () => {
    const check = (defs: readonly FieldDef[]) => {
      expect(new Set(defs.map((d) => d.key)).size).toBe(defs.length)
      for (const d of defs) {
        if (d.kind === 'enum') expect(d.options?.length).toBeGreaterThan(1)
        if (d.fields) check(d.fields)
      }
    }
    for (const defs of [SITE_FIELDS, CLUSTER_FIELDS, NODE_FIELDS]) check(defs)
  })

  it('list unknown keys of a mapping, and nothing for other values', () => {
    expect(unknownKeys({ clusterName: 'a', extraManifest: {} }, CLUSTER_FIELDS)).toEqual([
      'extraManifest',
    ])
    expect(unknownKeys('text', CLUSTER_FIELDS)).toEqual([])
  })
})
