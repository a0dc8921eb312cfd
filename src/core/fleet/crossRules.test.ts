import { describe, expect, it } from 'vitest'
import { generateRepo, PLANTED, sitePath, ciPath } from '../../test/fleetRepo.ts'
import { allFixtures, ciFixtures } from '../../test/fixtures.ts'
import { scanRepo } from './scanRepo.ts'
import type { FleetFinding } from './types.ts'

const lineOf = (text: string, needle: string, from = 0) => {
  const at = text.indexOf(needle, from)
  if (at < 0) throw new Error(`no ${needle}`)
  return text.slice(0, at).split('\n').length
}

const byRule = (fs: FleetFinding[]) => {
  const out: Record<string, string[]> = {}
  for (const f of fs)
    out[f.rule] = [...new Set([...(out[f.rule] ?? []), ...f.places.map((p) => p.file)])].sort()
  return out
}

describe('rules across files, on a generated repository of 300 sites', () => {
  const repo = generateRepo(240, 60)
  const scan = scanRepo(repo.files)
  const text = (p: string) => repo.files.get(p)!
  const one = (rule: string) => {
    const f = scan.findings.filter((x) => x.rule === rule)
    expect(f, rule).toHaveLength(1)
    return f[0]!
  }
  const at = (f: FleetFinding) => f.places.map((p) => [p.file, p.line])

  it('reads every site file and both kustomizations', () => {
    expect(scan.sites).toHaveLength(300)
    expect(scan.kustomizations.map((k) => k.file).sort()).toEqual([
      'clusterinstances/kustomization.yaml',
      'siteconfig/kustomization.yaml',
    ])
    expect(scan.sites.every((s) => s.kind !== undefined && s.nodes === 1)).toBe(true)
  })

  it('finds every planted problem and nothing else', () => {
    const want = Object.fromEntries(Object.entries(PLANTED).map(([r, fs]) => [r, [...fs].sort()]))
    expect(byRule(scan.findings)).toEqual(want)
  })

  it('names every file and line of a duplicate', () => {
    const name = one('fleet-duplicate-cluster-name')
    expect(at(name)).toEqual([
      [sitePath(3), lineOf(text(sitePath(3)), 'clusterName:')],
      [sitePath(7), lineOf(text(sitePath(7)), 'clusterName:')],
    ])
    expect(name.severity).toBe('error')
    expect(name.message).toBe(
      `clusterName site-003 is defined in 2 files: ${sitePath(3)}:13, ${sitePath(7)}:13`,
    )
    expect(at(one('fleet-duplicate-bmc'))).toEqual([
      [sitePath(20), lineOf(text(sitePath(20)), 'bmcAddress:')],
      [sitePath(21), lineOf(text(sitePath(21)), 'bmcAddress:')],
    ])
    expect(at(one('fleet-duplicate-host-name')).map((x) => x[0])).toEqual([
      sitePath(30),
      sitePath(31),
    ])
  })

  it('MACs: a boot MAC and an nmstate interface MAC, each once per node', () => {
    const macs = scan.findings.filter((f) => f.rule === 'fleet-duplicate-mac')
    expect(macs.map((f) => f.params.mac).sort()).toEqual(['AA:BB:CC:DE:00:04', 'e4:43:4b:00:0a:46'])
    const ci = macs.find((f) => f.params.mac === 'AA:BB:CC:DE:00:04')!
    // ci-004 uses it as boot MAC and on its interface: one use per node (its first place)
    expect(at(ci)).toEqual([
      [ciPath(4), lineOf(text(ciPath(4)), 'bootMACAddress:')],
      [ciPath(5), lineOf(text(ciPath(5)), '- macAddress:')],
    ])
  })

  it('machine networks: one inside another, with both lines', () => {
    const f = one('fleet-network-overlap')
    expect(f.message).toMatch(/^machine network 10\.20\.40\.0\/26 lies inside 10\.20\.40\.0\/24/)
    expect(at(f).map((x) => x[0])).toEqual([sitePath(41), sitePath(40)])
  })

  it('kustomizations: missing, outside, the wrong field, unlisted', () => {
    const k = 'siteconfig/kustomization.yaml'
    const missing = scan.findings.filter((f) => f.rule === 'fleet-kustomization-missing')
    expect(missing.map((f) => [f.message, f.places[0]!.line])).toEqual([
      ['sites/site-999.yaml in generators is not there', lineOf(text(k), 'site-999')],
      ['../../outside.yaml in resources leads outside the repository', lineOf(text(k), 'outside')],
    ])
    expect(one('fleet-kustomization-field').places[0]!.line).toBe(
      lineOf(text(k), '- sites/site-070', text(k).indexOf('resources:')),
    )
    expect(one('fleet-unlisted').places).toEqual([
      { file: sitePath(50), line: 1, column: 1, path: '' },
    ])
  })

  it('half a migration is one finding, not a duplicate of each MAC and VIP', () => {
    const f = one('fleet-both-kinds')
    expect(f.severity).toBe('error')
    expect(f.places.map((p) => p.file)).toEqual([sitePath(60), ciPath(20)])
  })

  it('a clean repository has no finding between files', () =>
    expect(scanRepo(generateRepo(60, 20, false).files).findings).toEqual([]))

  it('an unlisted half of a migration is a warning; no kustomization at all reports no unlisted file', () => {
    const files = new Map([
      [
        'a/sno.yaml',
        generateRepo(1, 0, false).files.get(sitePath(0))!.replace('"site-000"', '"ci-sno-000"'),
      ],
      ['b/ci.yaml', generateRepo(0, 1, false).files.get(ciPath(0))!],
    ])
    expect(scanRepo(files).findings.map((f) => [f.rule, f.severity])).toEqual([
      ['fleet-both-kinds', 'error'],
    ])
    files.set('b/kustomization.yaml', 'resources:\n  - ci.yaml\n')
    expect(scanRepo(files).findings.map((f) => [f.rule, f.severity])).toEqual([
      ['fleet-both-kinds', 'warning'],
      ['fleet-unlisted', 'warning'],
    ])
  })

  it('a kustomization that is not YAML is said, with its line', () => {
    const files = new Map([['kustomization.yaml', 'resources:\n  - a.yaml\n  b: [\n']])
    const f = scanRepo(files).findings
    expect(f.map((x) => [x.rule, x.places[0]!.line])).toEqual([
      ['fleet-kustomization-unreadable', 3],
    ])
  })
})

describe('rules across files, on the shared fixtures as one folder', () => {
  const files = new Map([
    ...allFixtures().map((f) => ['upstream/' + f.name, f.text] as const),
    ...ciFixtures().map((f) => ['ci/' + f.name, f.text] as const),
  ])
  const scan = scanRepo(files)

  it('the upstream examples of both kinds define example-sno twice over: half a migration', () => {
    const both = scan.findings.filter(
      (f) => f.rule === 'fleet-both-kinds' && f.params.name === 'example-sno',
    )
    expect(both).toHaveLength(1)
    expect(both[0]!.places.some((p) => p.file.startsWith('ci/'))).toBe(true)
    expect(both[0]!.places.some((p) => p.file.startsWith('upstream/'))).toBe(true)
  })

  it('copies of one example share its BMC addresses and MACs across files', () => {
    const rules = new Set(scan.findings.map((f) => f.rule))
    expect(rules.has('fleet-duplicate-cluster-name')).toBe(true)
    expect(rules.has('fleet-unlisted')).toBe(false)
    for (const f of scan.findings)
      expect(new Set(f.places.map((p) => p.file)).size, f.message).toBeGreaterThan(1)
  })
})
