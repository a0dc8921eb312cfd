import { describe, expect, it } from 'vitest'
import { site } from '../../test/site.ts'
import { readSiteFile } from '../document/siteFile.ts'
import { collector } from './collect.ts'
import { show } from './context.ts'
import { validate } from './validate.ts'

const MB = 'v'.repeat(1_000_000)
const messages = (text: string) => validate(readSiteFile(text)).map((d) => d.message)

describe('values in messages are cut to ~200 characters', () => {
  it('show: short values whole, long ones cut with their length', () => {
    expect(show('10.0.0.1')).toBe('10.0.0.1')
    expect(show('x'.repeat(200))).toBe('x'.repeat(200))
    expect(show(MB)).toBe(`${'v'.repeat(200)}… (1000000 characters)`)
  })

  it('a 1 MB value, key or name gives messages under 500 characters', () => {
    for (const text of [
      site(`clusterName: ${MB}\n`, `hostName: ${MB}\nbmcAddress: ${MB}\nbootMACAddress: ${MB}\n`),
      site(`${MB}: 1\nserviceNetwork:\n- ${MB}\n`),
      site('', `nodeLabels:\n  ${MB}: true\n`),
      site(`ignitionConfigOverride: '{"ignition":{"version":"${MB}"}}'\n`),
    ]) {
      const out = messages(text)
      expect(out.length).toBeGreaterThan(0)
      for (const m of out) expect(m.length).toBeLessThan(500)
    }
  })

  it('the values keep their place in the wording, cut where they stand', () => {
    const out = messages(site(`serviceNetwork:\n- ${MB}\n`))
    expect(out).toContain(
      `clusters[0].serviceNetwork[0] "${'v'.repeat(200)}… (1000000 characters)" is not a valid CIDR (e.g. 10.128.0.0/14 or fd01::/48)`,
    )
  })

  it('a message a rule built without show() is cut in the middle, marked, wording kept at both ends', () => {
    const c = collector()
    c.add({
      rule: 'r',
      severity: 'error',
      path: [],
      message: `Start of the rule's words ${MB} end words`,
    })
    const [m] = c.findings().map((f) => f.message)
    expect(m!.length).toBeLessThan(500)
    expect(m).toMatch(/^Start of the rule's words v+ …\[\d+ characters cut\]… v+ end words$/)
  })
})
