/** Scalar quoting: which values need which style so that YAML 1.1 and 1.2 readers get them back. */
import jsyaml from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { isPlainSafe, renderKey, renderScalar } from './scalar.ts'
import type { ScalarOptions } from './scalar.ts'

describe('renderScalar', () => {
  it.each<[string, unknown, ScalarOptions, string]>([
    ['a host name stays plain', 'sno1.example.com', {}, 'sno1.example.com'],
    ['a CIDR stays plain', '10.128.0.0/14', {}, '10.128.0.0/14'],
    ['YAML 1.1 yes is quoted', 'yes', {}, '"yes"'],
    ['YAML 1.1 Off is quoted', 'Off', {}, '"Off"'],
    ['YAML 1.1 y is quoted', 'y', {}, '"y"'],
    ['true as a string is quoted', 'true', {}, '"true"'],
    ['null as a string is quoted', 'null', {}, '"null"'],
    ['~ is quoted', '~', {}, '"~"'],
    ['the merge key << is quoted', '<<', {}, '"<<"'],
    ['an integer string is quoted', '23', {}, '"23"'],
    ['an octal-looking string is quoted', '0755', {}, '"0755"'],
    ['a hex string is quoted', '0x1F', {}, '"0x1F"'],
    ['an underscored number is quoted', '1_000', {}, '"1_000"'],
    ['a YAML 1.1 sexagesimal is quoted', '12:30', {}, '"12:30"'],
    ['.inf as a string is quoted', '.inf', {}, '".inf"'],
    ['a date is quoted', '2024-01-31', {}, '"2024-01-31"'],
    ['an empty string is quoted', '', {}, '""'],
    ['a leading dash is quoted', '-x', {}, '"-x"'],
    ['a colon and space is quoted', 'a: b', {}, '"a: b"'],
    ['a space and hash is quoted', 'a #b', {}, '"a #b"'],
    ['a trailing space is quoted', 'a ', {}, '"a "'],
    ['JSON with double quotes is single-quoted', '{"a": 1}', {}, `'{"a": 1}'`],
    [
      'a JSON list of strings is single-quoted',
      '["--save-partlabel", "data"]',
      {},
      `'["--save-partlabel", "data"]'`,
    ],
    ['NEL U+0085 is escaped', 'a\u0085b', {}, '"a\\u0085b"'],
    ['LINE SEPARATOR U+2028 is escaped', 'a\u2028b', {}, '"a\\u2028b"'],
    ['PARAGRAPH SEPARATOR U+2029 is escaped', 'a\u2029b', {}, '"a\\u2029b"'],
    ['a tab is escaped', 'a\tb', {}, '"a\\tb"'],
    ['lines become a literal block', 'a\nb\n', { parentIndent: 4 }, '|\n      a\n      b'],
    ['lines without a final break chomp', 'a\nb', {}, '|-\n  a\n  b'],
    ['CRLF lines stay double-quoted', 'a\r\nb', {}, '"a\\r\\nb"'],
    ['lines replacing a double-quoted scalar stay double', 'a\nb', { style: 'double' }, '"a\\nb"'],
    ['lines replacing a single-quoted scalar go double', 'a\nb', { style: 'single' }, '"a\\nb"'],
    ["a single-quoted scalar doubles '", "it's", { style: 'single' }, "'it''s'"],
    ['a single-quoted scalar cannot hold a control', 'a\u0001', { style: 'single' }, '"a\\u0001"'],
    ['a plain word replacing a double-quoted scalar stays quoted', 'x', { style: 'double' }, '"x"'],
    [
      'a literal block keeps its content column',
      'echo',
      { style: 'literal', parentIndent: 2, blockIndent: 6 },
      '|-\n      echo',
    ],
    ['a number', 23, {}, '23'],
    ['NaN', NaN, {}, '.nan'],
    ['minus infinity', -Infinity, {}, '-.inf'],
    ['null', null, {}, 'null'],
    ['false', false, {}, 'false'],
  ])('%s', (_, value, opts, expected) => {
    const out = renderScalar(value, opts)
    expect(out).toBe(expected)
    if (typeof value === 'string') expect(jsyaml.load(`k: ${out}\n`)).toEqual({ k: value })
  })
})

describe('isPlainSafe and renderKey', () => {
  it.each<[string, string, boolean, boolean]>([
    ['a dotted label key', 'kubernetes.io/role', false, true],
    ['a comma is fine in a value', 'a,b', false, true],
    ['a comma is not in a key', 'a,b', true, false],
    ['brackets are not in a key', 'a[0]', true, false],
    ['a byte order mark is never plain', 'a\ufeff', false, false],
    ['a leading percent sign', '%x', false, false],
    ['a backtick', '`x`', false, false],
  ])('%s', (_, s, asKey, plain) => {
    expect(isPlainSafe(s, asKey)).toBe(plain)
    if (asKey) expect(renderKey(s)).toBe(plain ? s : JSON.stringify(s))
  })
})
