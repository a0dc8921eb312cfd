import { describe, expect, it } from 'vitest'
import {
  argRows,
  argsFromRows,
  formatInstallerArgs,
  parseInstallerArgs,
  savedPartLabels,
} from './installerArgs.ts'

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

describe('installerArgs rows', () => {
  it('groups flags with their values and round-trips', () => {
    const args = ['--save-partlabel', 'data', '-n', '--append-karg', 'nameserver=8.8.8.8', 'stray']
    const rows = argRows(args)
    expect(rows).toEqual([
      { flag: '--save-partlabel', value: 'data', at: 0 },
      { flag: '-n', at: 2 },
      { flag: '--append-karg', value: 'nameserver=8.8.8.8', at: 3 },
      { flag: '', value: 'stray', at: 5 },
    ])
    expect(argsFromRows(rows)).toEqual(args)
  })

  it('never joins a flag and its value into one element', () => {
    expect(argsFromRows([{ flag: '--save-partlabel', value: 'data' }])).toEqual([
      '--save-partlabel',
      'data',
    ])
    expect(argsFromRows([{ flag: '--copy-network', value: 'ignored' }])).toEqual(['--copy-network'])
    expect(argRows(['--save-partlabel'])).toEqual([{ flag: '--save-partlabel', value: '', at: 0 }])
  })
})
