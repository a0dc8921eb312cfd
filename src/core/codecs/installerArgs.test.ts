import { describe, expect, it } from 'vitest'
import { formatInstallerArgs, parseInstallerArgs, savedPartLabels } from './installerArgs.ts'

describe('installerArgs', () => {
  it('parses and formats like the docs', () => {
    const p = parseInstallerArgs('["--save-partlabel", "data"]')
    expect(p).toEqual({ ok: true, args: ['--save-partlabel', 'data'] })
    expect(formatInstallerArgs(['--save-partlabel', 'data'])).toBe('["--save-partlabel", "data"]')
    expect(formatInstallerArgs(['-n'], '["--a","b"]')).toBe('["-n"]')
    expect(formatInstallerArgs(['a', 'b'], '["x","y"]')).toBe('["a","b"]')
  })
  it('refuses what is not a JSON array of strings', () => {
    expect(parseInstallerArgs('--save-partlabel data').ok).toBe(false)
    expect(parseInstallerArgs('["--save-partindex", 5]').ok).toBe(false)
  })
  it('finds saved labels, comma lists included', () => {
    expect(savedPartLabels(['--save-partlabel', 'data,cache', '--save-partlabel', 'x'])).toEqual([
      'data',
      'cache',
      'x',
    ])
  })
})
