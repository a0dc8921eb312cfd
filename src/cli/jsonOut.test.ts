import { describe, expect, it } from 'vitest'
import { ITEMS_MARKER, writeJson } from './jsonOut.ts'

const written = (value: unknown, items: unknown[]) => {
  let out = ''
  writeJson(value, items, (s) => void (out += s))
  return out
}

describe('JSON written in pieces', () => {
  const items = Array.from({ length: 1203 }, (_, i) => ({
    n: i,
    s: `x\u2028${i}`,
    nested: { a: [i] },
  }))
  it('is the text JSON.stringify makes, top-level array or nested', () => {
    const escape = (s: string) => s.replace(/\u2028/g, '\\u2028')
    expect(written([ITEMS_MARKER], items)).toBe(escape(JSON.stringify(items, null, 2)) + '\n')
    const log = {
      version: '2.1.0',
      runs: [{ tool: { x: 1 }, results: [ITEMS_MARKER], after: true }],
    }
    const want = { ...log, runs: [{ ...log.runs[0], results: items }] }
    expect(written(log, items)).toBe(escape(JSON.stringify(want, null, 2)) + '\n')
  })
  it('an empty list is []', () => {
    expect(JSON.parse(written({ results: [ITEMS_MARKER] }, []))).toEqual({ results: [] })
    expect(written([ITEMS_MARKER], [])).toBe('[]\n')
  })
})
