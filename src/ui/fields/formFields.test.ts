import { describe, expect, it } from 'vitest'
import { fieldTable } from '../../core/schema/fieldTable.ts'
import { CI_CLUSTER_KINDS, CI_NODE_KINDS } from '../../core/schema/ciFields.ts'
import type { FieldDef } from '../../core/schema/fieldTypes.ts'
import { en } from '../../i18n/catalog.ts'
import { ko } from '../../i18n/catalogKo.ts'

/** Every text of the field table that the forms show: labels, help, deprecation notes. */
function texts(fields: readonly FieldDef[]): string[] {
  return fields.flatMap((f) => [
    f.label,
    ...(f.help ? [f.help] : []),
    ...(f.deprecated ? [f.deprecated] : []),
    ...texts(f.fields ?? []),
  ])
}

// names the Korean console keeps in English
const KEPT = new Set(['Ingress VIP', ...CI_CLUSTER_KINDS, ...CI_NODE_KINDS])

describe('the field table in the catalogue', () => {
  const tables = [fieldTable('SiteConfig'), fieldTable('ClusterInstance')]
  const all = [...new Set(tables.flatMap((t) => texts([...t.site, ...t.cluster, ...t.node])))]

  it('has an English and a Korean entry for every label, help and deprecation text', () => {
    const missing = all.filter((s) => !(s in en) || !(s in ko))
    expect(missing).toEqual([])
  })

  it('translates the texts made of words (not only field names and units) into Korean', () => {
    const same = all.filter(
      (s) => !KEPT.has(s) && /[a-z]{3}/.test(s) && ko[s as keyof typeof ko] === s,
    )
    expect(same).toEqual([])
  })
})
