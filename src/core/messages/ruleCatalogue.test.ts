// The rule catalogue in Korean as well as English: every rule has a Korean title, and the tables
// in docs/RULES.md and docs/RULES.ko.md are the registry's (regenerate: see the end of each file).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ALL_RULES } from '../validate/rules/all.ts'
import { ruleTitlesKo } from './ko/titles.ts'
import { CATALOGUE_END, CATALOGUE_START, ruleCatalogue } from './ruleCatalogue.ts'

const docs = (f: string) =>
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', f), 'utf8')
// a Markdown table as its cells: the formatter pads columns and widens the separator row
const cells = (t: string) =>
  t
    .trim()
    .split('\n')
    .map((l) => l.split(/(?<!\\)\|/).map((c) => c.trim().replace(/^-+$/, '-')))
const table = (text: string) => {
  const a = text.indexOf(CATALOGUE_START)
  const b = text.indexOf(CATALOGUE_END)
  return a < 0 || b < 0 ? undefined : text.slice(a + CATALOGUE_START.length, b).trim()
}

describe('the rule catalogue', () => {
  it('has a Korean title for every rule and none for a rule that does not exist', () => {
    const ids = ALL_RULES.map((r) => r.id)
    expect(ids.filter((id) => !ruleTitlesKo[id])).toEqual([])
    expect(Object.keys(ruleTitlesKo).filter((id) => !ids.includes(id))).toEqual([])
    expect(Object.values(ruleTitlesKo).filter((t) => !/[가-힣]/.test(t))).toEqual([])
  })

  it.each([
    ['RULES.md', 'en'],
    ['RULES.ko.md', 'ko'],
  ] as const)('docs/%s lists every rule with its severity and title', (file, lng) => {
    expect(cells(table(docs(file)) ?? '')).toEqual(cells(ruleCatalogue(lng)))
  })
})
