/**
 * The nesting guard leaps over characters that cannot change its state; its answers must be the
 * ones of the plain per-character loop it replaced (kept here as the reference).
 */
import { describe, expect, it } from 'vitest'
import { allFixtures } from '../../test/fixtures.ts'
import { generate } from '../../../scripts/generate.ts'
import { checkInput } from './guard.ts'

const MAX_DEPTH = 200
const MAX_INDENT = 1000

/** The per-character loop as it was, answering only where and which limit. */
function reference(text: string): string | null {
  let depth = 0
  let quote = ''
  let lineStart = true
  let indent = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (c === '\n') {
      lineStart = true
      indent = 0
      if (depth === 0) quote = ''
      continue
    }
    if (lineStart) {
      if (c === ' ') {
        if (++indent > MAX_INDENT) return `indent@${i}`
        continue
      }
      lineStart = false
      let dashes = 0
      for (let p = i; text[p] === '-' && text[p + 1] === ' '; p += 2) dashes++
      if (dashes > MAX_DEPTH) return `dashes@${i + MAX_DEPTH * 2}`
    }
    if (quote) {
      if (c === quote) quote = ''
      else if (c === '\\' && quote === '"') i++
      continue
    }
    if (c === '#' && (i === 0 || text.charCodeAt(i - 1) <= 0x20)) {
      const nl = text.indexOf('\n', i)
      i = (nl < 0 ? text.length : nl) - 1
    } else if ((c === '"' || c === "'") && depth > 0) quote = c
    else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return `depth@${i}`
    } else if ((c === ']' || c === '}') && depth > 0) depth--
  }
  return null
}

function answer(text: string): string | null {
  const p = checkInput(text)
  if (!p) return null
  const kind = /columns/.test(p.message) ? 'indent' : /lists/.test(p.message) ? 'dashes' : 'depth'
  return `${kind}@${p.offset}`
}

/** A small seeded generator (mulberry32): the same strings on every run. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PIECES = [
  ' ',
  '\n',
  '\r\n',
  '- ',
  '"',
  "'",
  '\\',
  '#',
  ' #',
  '[',
  ']',
  '{',
  '}',
  'a',
  '\t',
  'x: ',
]

function randomText(next: () => number): string {
  let s = ''
  const parts = 1 + Math.floor(next() * 60)
  for (let k = 0; k < parts; k++) {
    const piece = PIECES[Math.floor(next() * PIECES.length)] as string
    // now and then a run long enough to reach a limit
    const run = next() < 0.05 ? 150 + Math.floor(next() * 900) : 1 + Math.floor(next() * 3)
    s += piece.repeat(piece === ' ' && run > 100 ? run + 200 : run)
  }
  return s
}

describe('nesting guard with leaps', () => {
  it('answers as the per-character loop on 5,000 random texts', () => {
    const next = random(20261202)
    for (let k = 0; k < 5000; k++) {
      const text = randomText(next)
      expect(answer(text), JSON.stringify(text.slice(0, 200))).toBe(reference(text))
    }
  })

  it('answers as the per-character loop on every fixture and a generated file', () => {
    const texts = [...allFixtures().map((f) => f.text), generate(20)]
    for (const text of texts) {
      expect(answer(text)).toBe(reference(text))
      // the same text nested too deep at its end, inside a quote and outside
      const deep = `${text}\nx: [${'"\\"[", ['.repeat(MAX_DEPTH)}`
      expect(answer(deep)).toBe(reference(deep))
      expect(reference(deep)).not.toBeNull()
    }
  })
})
