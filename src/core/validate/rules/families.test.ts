import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ALL_RULES } from './all.ts'

// every source file of the validator, relative to src/core/validate
const ROOT = new URL('../', import.meta.url)
function sources(dir = ''): string[] {
  return readdirSync(new URL(dir || '.', ROOT), { withFileTypes: true }).flatMap((e) => {
    const rel = dir + e.name
    if (e.isDirectory()) return sources(`${rel}/`)
    return rel.endsWith('.ts') && !rel.endsWith('.test.ts') ? [rel] : []
  })
}
const read = (rel: string) => readFileSync(new URL(rel, ROOT), 'utf8')

const FILE_OF: Record<string, string> = { net: 'network' }
/** files outside rules/ that still use rules, each with why */
const ELSEWHERE: Record<string, string> = {
  'validate.ts': 'yaml site', // the runner itself reports a file that is no YAML or no SiteConfig
  'override.ts': 'ign', // decoding an override reports the JSON it cannot read
  'dataUrlRules.ts': 'dataurl', // the data URL decoder, shared with the override replay
  'rulesYaml11.ts': 'yaml', // the YAML 1.1 scanner's yaml- checks; not yet under rules/
  'ignResource.ts': 'ign',
  'ignKeys.ts': 'ign',
}

/** rule constant → id, read from the declarations in rules/<family>.ts */
function declared(): Map<string, string> {
  const out = new Map<string, string>()
  for (const rel of sources())
    for (const m of read(rel).matchAll(/export const (\w+) = rule\(\{\s*id: '([a-z0-9-]+)'/g))
      out.set(m[1] as string, m[2] as string)
  return out
}

const familyOf = (id: string) => {
  const prefix = id.split('-')[0] as string
  return FILE_OF[prefix] ?? prefix
}

/** the families a file may report: rules/<family><Aspect>.ts, or its ELSEWHERE entry */
function allowed(rel: string): string[] {
  const m = /^rules\/([a-z]+)[A-Z0-9]?[A-Za-z0-9]*\.ts$/.exec(rel)
  return m ? [m[1] as string] : (ELSEWHERE[rel]?.split(' ') ?? [])
}

describe('rule families', () => {
  const consts = declared()

  it('reads every declared rule', () => {
    expect([...consts.values()].sort()).toEqual(ALL_RULES.map((r) => r.id).sort())
  })

  it('reports each rule id only from the files of its family prefix', () => {
    const wrong: string[] = []
    for (const rel of sources()) {
      const body = read(rel).replace(/^import [\s\S]*? from '[^']+'$/gm, '')
      const used = new Set([...body.matchAll(/\b\w+\b/g)].map((m) => m[0]))
      for (const [name, id] of consts)
        if (used.has(name) && !allowed(rel).includes(familyOf(id))) wrong.push(`${rel}: ${id}`)
    }
    expect(wrong).toEqual([])
  })
})
