import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { allFixtures, ciFixtures } from '../../test/fixtures.ts'
import { readSiteFile } from '../document/siteFile.ts'
import { validate } from './validate.ts'
import type { Severity } from './diagnostic.ts'
import { EDITOR_ADDITIONS, MORE_SEVERITIES, NOT_APPLICABLE } from './registry.ts'
import { ALL_RULES, RULES_BY_FAMILY } from './rules/all.ts'

// the shared rule catalogue: one table per `## prefix- : …` family, one row per rule
const CATALOGUE = readFileSync(
  new URL('../../../../shared/docs/validation-rules.md', import.meta.url),
  'utf8',
)

interface Row {
  row: number
  id: string
  family: string
  sev: string
  checks: string
  ci: string
}

function catalogue(): Row[] {
  const rows: Row[] = []
  let family = ''
  for (const line of CATALOGUE.split('\n')) {
    const h = /^## ([a-z]+)- :/.exec(line)
    if (h) family = h[1] as string
    // cells split on | not escaped as \|
    const cells = line.split(/(?<!\\)\|/).map((c) => c.trim())
    const m = /^`([a-z0-9-]+)`$/.exec(cells[2] ?? '')
    if (!m || !/^\d+$/.test(cells[1] ?? '')) continue
    rows.push({
      row: Number(cells[1]),
      id: m[1] as string,
      family,
      sev: cells[3] as string,
      checks: cells[4] as string,
      ci: cells[cells.length - 2] as string,
    })
  }
  return rows
}

const severitiesIn = (text: string) =>
  [...new Set(text.match(/\b(error|warning|info)\b/g))] as Severity[]
const FILE_OF: Record<string, string> = { net: 'network' }

describe('the rule registry holds to validation-rules.md', () => {
  const rows = catalogue()
  const byId = new Map(rows.map((r) => [r.id, r]))

  it('reads the whole catalogue', () => {
    expect(rows).toHaveLength(162)
    expect(rows.map((r) => r.row)).toEqual(rows.map((_, i) => i + 1))
  })

  it('declares each id once, in the file of its prefix', () => {
    const ids = ALL_RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const [file, rules] of Object.entries(RULES_BY_FAMILY))
      for (const r of rules) {
        const prefix = r.id.split('-')[0] as string
        expect(FILE_OF[prefix] ?? prefix, r.id).toBe(file)
      }
  })

  it('documents every implemented id, or lists it as an editor addition with a reason', () => {
    for (const r of ALL_RULES) {
      const row = byId.get(r.id)
      if (row) expect([r.id, r.row]).toEqual([r.id, row.row])
      else {
        expect(r.row, r.id).toBeUndefined()
        expect(EDITOR_ADDITIONS[r.id], `${r.id} is in no catalogue row`).toMatch(/\w.{20}/)
      }
    }
    for (const id of Object.keys(EDITOR_ADDITIONS)) expect(byId.has(id), id).toBe(false)
  })

  it('implements every documented id, or lists it as not applicable with a reason', () => {
    const implemented = new Set(ALL_RULES.map((r) => r.id))
    for (const { id } of rows)
      if (!implemented.has(id)) expect(NOT_APPLICABLE[id], `${id} is missing`).toMatch(/\w.{20}/)
    for (const id of Object.keys(NOT_APPLICABLE)) expect(implemented.has(id), id).toBe(false)
  })

  it('gives each rule the severities of its row', () => {
    for (const r of ALL_RULES) {
      const row = byId.get(r.id)
      if (!row) continue
      const documented = severitiesIn(row.sev)
      expect(r.severity, r.id).toBe(documented[0])
      const declared = r.severities ?? [r.severity]
      const extra = declared.filter((s) => !documented.includes(s))
      expect(
        documented.filter((s) => !declared.includes(s)),
        r.id,
      ).toEqual([])
      if (extra.length)
        expect(MORE_SEVERITIES[r.id], `${r.id} also reports ${extra}`).toMatch(/\w.{20}/)
      else expect(MORE_SEVERITIES[r.id], r.id).toBeUndefined()
    }
  })

  it('applies to ClusterInstance as the CI column says', () => {
    for (const r of ALL_RULES) {
      const row = byId.get(r.id)
      // the ci- family holds the editor's own ClusterInstance-only additions
      // fleet- rules compare files of both kinds
      const ci = row ? !row.ci.startsWith('–') : /^(ci|fleet)-/.test(r.id)
      const only = row ? row.ci.startsWith('CI only') : r.id.startsWith('ci-')
      expect([r.id, r.kinds.includes('ClusterInstance')]).toEqual([r.id, ci])
      expect([r.id, r.kinds.includes('SiteConfig')]).toEqual([r.id, !only])
    }
  })
})

describe('checks report only what the registry declares', () => {
  it('every finding on every fixture has a declared id and one of its severities', () => {
    const byId = new Map(ALL_RULES.map((r) => [r.id, r]))
    for (const f of [...allFixtures(), ...ciFixtures()])
      for (const d of validate(readSiteFile(f.text))) {
        const r = byId.get(d.rule)
        expect(r, `${f.name}: ${d.rule}`).toBeDefined()
        expect(r!.severities ?? [r!.severity], `${f.name}: ${d.rule}`).toContain(d.severity)
      }
  })

  it('a rule refuses a severity it does not declare', () => {
    expect(() => byRule('net-proxy').as('warning')).toThrow(/does not declare/)
    expect(byRule('ign-mode-special-bits').as('error').severity).toBe('error')
  })
})

function byRule(id: string) {
  return ALL_RULES.find((r) => r.id === id)!
}
