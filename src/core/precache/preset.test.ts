import { describe, expect, it } from 'vitest'
import { seedText } from '../../test/fixtures.ts'
import { decodeDataUrl } from '../codecs/dataUrl.ts'
import { filesOf, parseIgnition, unitsOf } from '../codecs/ignition.ts'
import type { IgnitionConfig } from '../codecs/ignition.ts'
import { getIn } from '../document/path.ts'
import { readSiteFile, siteData } from '../document/siteFile.ts'
import type { SiteFile } from '../document/siteFile.ts'
import { disablePrecache, enablePrecache } from './precacheCommands.ts'
import { siteConfigModel } from '../site/siteModel.ts'

const BARE = `apiVersion: ran.openshift.io/v1
kind: SiteConfig
metadata:
  name: "site"
spec:
  baseDomain: "example.com"
  clusters:
  - clusterName: "sno1"   # a comment stays
    nodes:
      - hostName: "sno1.example.com"
        role: "master"
`

function override(f: SiteFile, path: (string | number)[]): IgnitionConfig {
  const p = parseIgnition(String(getIn(siteData(f), path)))
  if (!p.ok) throw new Error(p.message)
  return p.config
}

/** units and files with decoded contents, for comparison across encodings and modes */
function hooksOf(cfg: IgnitionConfig) {
  return {
    units: unitsOf(cfg),
    files: filesOf(cfg).map((f) => ({
      path: f.path,
      owner: f.user,
      overwrite: f.overwrite,
      text: decodeDataUrl(String(f.contents?.source)),
    })),
    modes: filesOf(cfg).map((f) => f.mode),
  }
}

const C = [...siteConfigModel.cluster(0), 'ignitionConfigOverride']
const N = [...siteConfigModel.node(0, 0), 'ignitionConfigOverride']

describe('the pre-cache preset', () => {
  const seed = readSiteFile(seedText())
  const made = enablePrecache(readSiteFile(BARE), { cluster: 0 })

  it("with defaults gives the seed example's units and files, mode 493", () => {
    for (const path of [C, N]) {
      const ours = hooksOf(override(made, path))
      const theirs = hooksOf(override(seed, path))
      expect(ours.units).toEqual(theirs.units)
      expect(ours.files).toEqual(theirs.files)
      expect(theirs.modes.every((m) => m === 755)).toBe(true)
      expect(ours.modes.every((m) => m === 493)).toBe(true)
    }
    expect(getIn(siteData(made), [...siteConfigModel.node(0, 0), 'installerArgs'])).toBe(
      '["--save-partlabel", "data"]',
    )
    expect(made.text).toContain('  - clusterName: "sno1"   # a comment stays\n')
  })

  it('applied twice changes nothing', () => {
    expect(enablePrecache(made, { cluster: 0 }).text).toBe(made.text)
  })

  it('on the seed only fixes the file modes, one line each', () => {
    const out = enablePrecache(seed, { cluster: 0 })
    const a = seed.text.split('\n')
    const b = out.text.split('\n')
    expect(b).toHaveLength(a.length)
    const changed = a.flatMap((l, i) => (l !== b[i] ? [i + 1] : []))
    expect(changed).toEqual([54, 65, 111])
    expect(b[53]).toBe('              "mode": 493,')
  })

  it('keeps unrelated units and files', () => {
    const withOther = readSiteFile(
      BARE.replace(
        '        role: "master"\n',
        `        role: "master"\n        ignitionConfigOverride: '{"ignition":{"version":"3.2.0"},"systemd":{"units":[{"name":"x.service","enabled":true}]}}'\n`,
      ),
    )
    const out = enablePrecache(withOther, { cluster: 0, node: 0 })
    const cfg = override(out, N)
    expect(cfg.ignition?.version).toBe('3.2.0')
    expect(unitsOf(cfg).map((u) => u.name)).toEqual([
      'x.service',
      'var-mnt.mount',
      'precache-ocp-images.service',
    ])
    // a one-line override stays one line
    expect(String(getIn(siteData(out), N))).not.toContain('\n')
    expect(
      unitsOf(override(disablePrecache(out, { cluster: 0, node: 0 }), N)).map((u) => u.name),
    ).toEqual(['x.service'])
  })

  it('uses a different label and mount point everywhere', () => {
    const out = enablePrecache(
      readSiteFile(BARE),
      { cluster: 0 },
      { label: 'cache', mountPoint: '/var/mnt/pre-cache', ignitionVersion: '3.2.0' },
    )
    const cfg = override(out, N)
    const text = JSON.stringify(cfg)
    expect(getIn(siteData(out), [...siteConfigModel.node(0, 0), 'installerArgs'])).toBe(
      '["--save-partlabel", "cache"]',
    )
    expect(unitsOf(cfg)[0]?.name).toBe('var-mnt-pre\\x2dcache.mount')
    expect(text).toContain('What=/dev/disk/by-partlabel/cache')
    expect(text).not.toContain('by-partlabel/data')
    expect(cfg.ignition?.version).toBe('3.2.0')
    expect(decodeDataUrl(String(filesOf(cfg)[0]?.contents?.source))).toContain(
      'BINARY_FOLDER=/var/mnt/pre-cache\n',
    )
  })

  it('removes exactly what it added', () => {
    expect(disablePrecache(made, { cluster: 0 }).text).toBe(BARE)
  })
})
