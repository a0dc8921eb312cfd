// Every message template the rules use has a Korean entry with the same placeholders, and the
// Korean catalogue has no entry nobody uses: read statically from the sources (every msg('…')).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ko } from './ko/index.ts'
import { placeholders } from './message.ts'

// the rules' messages, the converter's and the renderer's notes
const ROOTS = ['validate', 'convert', 'render', 'fleet'].map((d) =>
  join(import.meta.dirname, '..', d),
)

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    if (statSync(p).isDirectory()) return sources(p)
    return /\.ts$/.test(f) && !/\.test\.ts$/.test(f) ? [p] : []
  })
}

const CALL = /\bmsg\(\s*/g
const LITERAL = /^(['"])((?:\\.|(?!\1)[^\\])*)\1\s*[,)]|^`((?:\\.|[^`$\\])*)`\s*[,)]/

const unescape = (s: string) => s.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c))

function used(): { ids: Set<string>; bad: string[] } {
  const ids = new Set<string>()
  const bad: string[] = []
  for (const file of ROOTS.flatMap(sources)) {
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(CALL)) {
      const rest = text.slice(m.index + m[0].length)
      const lit = LITERAL.exec(rest)
      if (lit) ids.add(unescape(lit[2] ?? lit[3] ?? ''))
      else bad.push(`${file}: ${rest.slice(0, 60)}`)
    }
  }
  return { ids, bad }
}

describe('finding messages catalogue', () => {
  const { ids, bad } = used()

  it('finds the templates in the sources', () => expect(ids.size).toBeGreaterThan(50))

  it('names every template as a plain literal (no ${…} or variables: the scan must see it)', () =>
    expect(bad).toEqual([]))

  it('has a Korean entry for every template', () =>
    expect([...ids].filter((id) => ko[id] === undefined)).toEqual([]))

  it('has no Korean entry that no rule uses', () =>
    expect(Object.keys(ko).filter((id) => !ids.has(id))).toEqual([]))

  it('keeps the placeholders of each template', () => {
    const differ = Object.entries(ko).filter(([id, k]) => {
      return placeholders(id).join() !== placeholders(k).join()
    })
    expect(differ).toEqual([])
  })

  it('reads Korean: no entry is left in English (but those made of placeholders only)', () => {
    const words = (k: string) => k.replace(/\{\{\w+\}\}/g, '').replace(/[^A-Za-z]/g, '')
    expect(Object.entries(ko).filter(([, k]) => !/[가-힣]/.test(k) && words(k))).toEqual([])
  })
})
