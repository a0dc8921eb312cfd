/** The JSON layout writer: a changed value goes back into its text in that text's own layout. */
import { describe, expect, it } from 'vitest'
import { detectLayout, writeJsonLike } from './jsonLayout.ts'
import type { JsonLayout } from './jsonLayout.ts'

const pad = (n: number) => ' '.repeat(n)
/** Two flat members, the second a one-line list. */
const flat = (n: number, eol = '\n') =>
  ['{', `${pad(n)}"a": 1,`, `${pad(n)}"b": [1, 2]`, '}'].join(eol)
/** An Ignition-like block: nested, so its indentation step shows. */
const ignition = (n: number, eol = '\n') =>
  ['{', `${pad(n)}"ignition": {`, `${pad(2 * n)}"version": "3.1.0"`, `${pad(n)}}`, '}'].join(eol)
/** The one-line list `[1, 2]` as jsonc-parser lays it out under a member at column n. */
const laidOut = (n: number, step: number) =>
  ['[', `${pad(n + step)}1,`, `${pad(n + step)}2`, `${pad(n)}]`].join('\n')

describe('writeJsonLike', () => {
  it.each<[string, string, unknown, string]>([
    ['an unchanged value keeps the text itself', ' {"a":1} ', { a: 1 }, ' {"a":1} '],
    ['a compact one-liner stays compact', '{"a":1,"b":2}', { a: 1, b: 3 }, '{"a":1,"b":3}'],
    ['a spaced one-liner keeps its spaces', '{"a": 1, "b": 2}', { a: 1, b: 3 }, '{"a": 1, "b": 3}'],
    [
      'a one-line list (installerArgs)',
      '["--save-partlabel", "data"]',
      ['--save-partlabel', 'x'],
      '["--save-partlabel", "x"]',
    ],
    ['whitespace around a one-liner stays', '\n  {"a":1}\n', { a: 2 }, '\n  {"a":2}\n'],
    [
      'a changed member changes its line only',
      flat(2),
      { a: 5, b: [1, 2] },
      flat(2).replace('"a": 1', '"a": 5'),
    ],
    [
      'a changed nested member changes its line only',
      ignition(2),
      { ignition: { version: '3.2.0' } },
      ignition(2).replace('3.1.0', '3.2.0'),
    ],
    [
      'a new nested member gets the 4-space step',
      ignition(4),
      { ignition: { version: '3.1.0', config: {} } },
      ignition(4).replace('"3.1.0"', '"3.1.0",\n        "config": {}'),
    ],
    [
      'a new member after a one-line list lays that list out again (with the 2 step seen)',
      flat(4),
      { a: 1, b: [1, 2], c: true },
      `{\n    "a": 1,\n    "b": ${laidOut(4, 2)},\n    "c": true\n}`,
    ],
    [
      'a removed member takes its line, and the list after it is laid out again',
      flat(2),
      { b: [1, 2] },
      `{\n  "b": ${laidOut(2, 2)}\n}`,
    ],
    [
      'list items removed in order are dropped',
      '{\n  "l": [\n    1,\n    2,\n    3\n  ]\n}',
      { l: [1, 3] },
      '{\n  "l": [\n    1,\n    3\n  ]\n}',
    ],
    [
      'a CRLF block stays CRLF',
      ignition(2, '\r\n'),
      { ignition: { version: '3.2.0' } },
      ignition(2, '\r\n').replace('3.1.0', '3.2.0'),
    ],
    ['empty text gets pretty JSON', '', { a: 1 }, '{\n  "a": 1\n}'],
    [
      'text that is not JSON is replaced, its whitespace kept',
      '  not json\n',
      { a: 1 },
      '  {"a":1}\n',
    ],
    ['too deep JSON counts as not JSON', '['.repeat(201) + ']'.repeat(201), [], '[]'],
  ])('%s', (_, text, value, expected) => {
    expect(writeJsonLike(text, value)).toBe(expected)
    if (expected.trim()) expect(JSON.parse(expected)).toEqual(value)
  })
})

describe('detectLayout', () => {
  it.each<[string, string, JsonLayout]>([
    ['compact', '{"a":1,"b":[1,2]}', { multiline: false, indent: 2, colon: ':', comma: ',' }],
    ['spaced', '{"a": 1, "b": [1, 2]}', { multiline: false, indent: 2, colon: ': ', comma: ', ' }],
    ['nested with 4 spaces', ignition(4), { multiline: true, indent: 4, colon: ': ', comma: ',' }],
    [
      'flat with 4 spaces: no step is seen, so 2',
      flat(4),
      { multiline: true, indent: 2, colon: ': ', comma: ',' },
    ],
  ])('%s', (_, text, layout) => {
    expect(detectLayout(text)).toEqual(layout)
  })
})
