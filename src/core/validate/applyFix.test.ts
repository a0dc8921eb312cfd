import { describe, expect, it } from 'vitest'
import { readSiteFile } from '../document/siteFile.ts'
import { changedLines, seedText } from '../../test/fixtures.ts'
import { site } from '../../test/site.ts'
import { applyFix } from './applyFix.ts'
import { validate } from './validate.ts'

/** Applies the first fix of `rule` and checks it removes that finding, changing one line. */
function fixOnce(text: string, rule: string) {
  const d = validate(readSiteFile(text)).find((x) => x.rule === rule && x.fix)
  expect(d?.fix, `${rule} offers a fix`).toBeDefined()
  const out = applyFix(readSiteFile(text), d!.fix!).text
  expect(changedLines(text, out)).toHaveLength(1)
  const left = validate(readSiteFile(out)).filter((x) => x.rule === rule && x.line === d!.line)
  expect(left).toEqual([])
  return { title: d!.fix!.title, out }
}

describe('quick fixes', () => {
  it('mode 755 → 493 inside the override', () => {
    const r = fixOnce(seedText(), 'ign-mode-special-bits')
    expect(r.title).toBe('Set mode 493 (0o755)')
    expect(changedLines(seedText(), r.out)).toEqual([54])
  })

  it('--save-partlabel=data → two elements', () => {
    const r = fixOnce(site('', `installerArgs: '["--save-partlabel=data"]'\n`), 'args-allowlist')
    expect(r.out).toContain(`installerArgs: '["--save-partlabel", "data"]'`)
  })

  it('a CIDR with host bits → its network address', () => {
    const r = fixOnce(site('machineNetwork:\n  - cidr: 192.168.1.10/24\n'), 'net-cidr-base-address')
    expect(r.out).toContain('- cidr: 192.168.1.0/24')
  })

  it('an enum in the wrong case → the right case', () => {
    expect(fixOnce(site('', 'bootMode: uefi\n'), 'node-boot-mode').out).toContain('bootMode: UEFI')
    expect(
      fixOnce(site('cpuPartitioningMode: allnodes\n'), 'cluster-cpu-partitioning-mode').out,
    ).toContain('cpuPartitioningMode: AllNodes')
  })

  it('a misspelled rootDeviceHints key is renamed in place, value and comments kept', () => {
    const r = fixOnce(
      site('', 'rootDeviceHints:\n  serial: "ABC" # the boot disk\n'),
      'node-root-hints-keys',
    )
    expect(r.out).toContain('  serialNumber: "ABC" # the boot disk\n')
  })

  it('an unknown key is renamed to the known one it resembles; a boolean label gets quoted', () => {
    const r = fixOnce(site('extraManifest: # mine\n  searchPaths: [a]\n'), 'yaml-unknown-key')
    expect(r.out).toContain('    extraManifests: # mine\n      searchPaths: [a]\n')
    expect(
      fixOnce(site('clusterLabels:\n  common: true\n'), 'yaml-string-map-value').out,
    ).toContain('common: "true"')
  })
})
