import { describe, expect, it } from 'vitest'
import { readSiteFile } from '../../document/siteFile.ts'
import { allFixtures, seedText } from '../../../test/fixtures.ts'
import { findings } from '../../../test/site.ts'
import { validate } from '../validate.ts'

const seed = seedText()
const current = allFixtures().find((f) => f.name.includes('ztp-precaching'))!.text
const rules = (t: string) => new Set(validate(readSiteFile(t)).map((d) => d.rule))

describe('precache- rules across stages: trigger and near miss', () => {
  it('precache-partition-not-saved', () => {
    const t = seed.replace(`        installerArgs: '["--save-partlabel", "data"]'\n`, '')
    expect(findings(t, 'precache-partition-not-saved')).toEqual([
      'error@77: snonode.sno-worker-0.example.domain.redhat.com has pre-cache hooks but installerArgs does not save the data partition (--save-partlabel); coreos-installer would wipe it',
    ])
    expect(findings(seed, 'precache-partition-not-saved')).toEqual([])
  })

  it('precache-incomplete', () => {
    const d = readSiteFile(seed).docs[0]!.data as {
      spec: { clusters: Array<Record<string, unknown>> }
    }
    const start = seed.indexOf('    ignitionConfigOverride:\n')
    const end = seed.indexOf('    nodes:\n')
    const noCluster = seed.slice(0, start) + seed.slice(end)
    expect(d.spec.clusters[0]!.ignitionConfigOverride).toBeDefined()
    expect(findings(noCluster, 'precache-incomplete')).toHaveLength(1)
    expect(findings(seed, 'precache-incomplete')).toEqual([])
  })

  it('precache-sno-only', () => {
    const two = seed + '      - hostName: "second.example.com"\n        role: "master"\n'
    expect(findings(two, 'precache-sno-only')).toHaveLength(1)
    expect(findings(seed, 'precache-sno-only')).toEqual([])
  })

  it('legacy hooks, self-disable and script bugs: the docs example has them, current telco-ran-tools hooks do not', () => {
    for (const r of ['precache-legacy-hooks', 'precache-self-disable', 'precache-script-bugs'])
      expect(rules(seed).has(r), r).toBe(true)
    expect(rules(current).has('precache-legacy-hooks')).toBe(false)
    expect(rules(current).has('precache-self-disable')).toBe(false)
    // the current scripts still carry the registry-port bug (telco-ran-tools ecd9e26)
    expect(
      findings(current, 'precache-script-bugs').every((m) => m.includes('registry port')),
    ).toBe(true)
  })
})
