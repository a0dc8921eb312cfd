/** The input guard on the inputs it must refuse, and the near misses it must let through. */
import { describe, expect, it } from 'vitest'
import { checkJsonDepth, NOT_TOO_DEEP } from '../codecs/json.ts'
import { checkInput, expandedBytes, MAX_FILE_CHARS } from './guard.ts'

const nest = (n: number) => '['.repeat(n) + ']'.repeat(n)

describe('checkInput', () => {
  it.each<[string, string, RegExp | null, number?]>([
    ['a plain SiteConfig', 'kind: SiteConfig\nspec: {}\n', null],
    ['tabs, CR and ESC are text', 'a:\t1\r\nb: "\u001b[0m"\n', null],
    ['a NUL byte', 'a: 1\n\u0000', /control character/, 5],
    ['a replacement character (not UTF-8)', 'a: \ufffd', /not UTF-8/, 3],
    ['200 nested brackets', `a: ${nest(200)}`, null],
    ['201 nested brackets', `a: ${nest(201)}`, /nested \[ or \{/, 203],
    ['brackets in a comment', `# ${'['.repeat(300)}\na: 1`, null],
    ['brackets in a quoted scalar inside a flow', `a: ["${'['.repeat(300)}"]`, null],
    ['1,000 columns of indentation', `${' '.repeat(1000)}a: 1`, null],
    ['1,001 columns of indentation', `${' '.repeat(1001)}a: 1`, /columns of indentation/, 1000],
    ['200 lists on one line', `${'- '.repeat(200)}x`, null],
    ['201 lists on one line', `${'- '.repeat(201)}x`, /nested lists on one line/, 400],
  ])('%s', (_, text, message, offset) => {
    const p = checkInput(text)
    if (!message) return expect(p).toBeNull()
    expect(p?.message).toMatch(message)
    expect(p?.offset).toBe(offset)
  })

  it('refuses a file over the size bound, without an offset', () => {
    const p = checkInput('#'.repeat(MAX_FILE_CHARS + 1))
    expect(p?.message).toMatch(/reads files up to 10 MB/)
    expect(p?.offset).toBeUndefined()
  })
})

describe('checkJsonDepth', () => {
  it.each<[string, string, number]>([
    ['empty text', '', NOT_TOO_DEEP],
    ['200 levels', nest(200), NOT_TOO_DEEP],
    ['201 levels: the 201st bracket', nest(201), 200],
    ['brackets inside a string', `["${'['.repeat(300)}"]`, NOT_TOO_DEEP],
    ['an escaped quote does not end the string', `["\\"${'['.repeat(300)}"]`, NOT_TOO_DEEP],
    ['objects count as levels', '{"a":'.repeat(201) + '1' + '}'.repeat(201), 200 * 5],
  ])('%s', (_, text, at) => {
    expect(checkJsonDepth(text)).toBe(at)
  })
})

describe('expandedBytes', () => {
  const shared = { k: 'vvvv' }
  const cyclic: Record<string, unknown> = {}
  cyclic.self = cyclic
  it.each<[string, unknown, number]>([
    ['a string is its length', 'abc', 3],
    ['a scalar is one', 42, 1],
    ['a mapping: keys, values and separators', { a: 'xy' }, 5],
    ['a list: items and separators', ['ab', 'c'], 6],
    ['a shared object counts at every use', [shared, shared], 1 + 2 * (1 + 7)],
    ['a cycle is endless', cyclic, Infinity],
  ])('%s', (_, value, bytes) => {
    expect(expandedBytes(value, Infinity)).toBe(bytes)
  })
})
