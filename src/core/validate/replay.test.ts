import { describe, expect, it } from 'vitest'
import { readSiteFile } from '../document/siteFile.ts'
import { seedText } from '../../test/fixtures.ts'
import { ValidationCache } from './cache.ts'
import { validate } from './validate.ts'

const seed = seedText()
const nodeAt = seed.indexOf('      - hostName:')
const node = seed.slice(nodeAt)
const lines = node.split('\n').length - 1

// the seed's node twice: its override is checked once and replayed at the copy
const twice =
  seed + node.replace('snonode.', 'copy.').replace(/e4:43:4b:bd:90:46/g, 'e4:43:4b:bd:90:47')
const inNode = (n: number) => (d: { path: readonly unknown[] }) =>
  d.path[3] === 'nodes' && d.path[4] === n && d.path[5] === 'ignitionConfigOverride'

describe('equal overrides share their checks', () => {
  it('a copied node gets the same override findings, each at its own line and column', () => {
    const all = validate(readSiteFile(twice))
    const first = all.filter(inNode(0))
    const copy = all.filter(inNode(1))
    expect(first.length).toBeGreaterThan(3)
    expect(copy.map((d) => [d.rule, d.severity, d.message, d.line - lines, d.column])).toEqual(
      first.map((d) => [d.rule, d.severity, d.message, d.line, d.column]),
    )
    expect(copy.some((d) => d.offset !== undefined)).toBe(true)
  })
})

describe('the validation cache', () => {
  it('decodes a data URL once and throws the same error again', () => {
    const c = new ValidationCache()
    expect(c.dataUrl('data:,a%20b')).toBe(c.dataUrl('data:,a%20b'))
    expect(() => c.dataUrl('data:,%G1')).toThrow(/escape/)
    expect(() => c.dataUrl('data:,%G1')).toThrow(/escape/)
  })

  it('parses a unit and an override once per text', () => {
    const c = new ValidationCache()
    expect(c.unit('[Unit]\nAfter=x\n')).toBe(c.unit('[Unit]\nAfter=x\n'))
    expect(c.ignition('{"ignition":{"version":"3.1.0"}}')).toBe(
      c.ignition('{"ignition":{"version":"3.1.0"}}'),
    )
  })
})
