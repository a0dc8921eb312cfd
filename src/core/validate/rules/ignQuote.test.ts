import { describe, expect, it } from 'vitest'
import { ciSite } from '../../../test/ciSite.ts'
import { readSiteFile } from '../../document/siteFile.ts'
import { applyFix } from '../applyFix.ts'
import { validate } from '../validate.ts'

const quotes = (text: string) =>
  validate(readSiteFile(text)).filter((d) => d.rule === 'ign-ci-single-quote')
// a percent-encoded script as Butane writes it: ' left raw
const IGN = (data: string) =>
  `{"ignition":{"version":"3.2.0"},"storage":{"files":[{"path":"/usr/local/bin/a.sh","mode":493,"contents":{"source":"data:,${data}"}}]}}`
const node = (ign: string) => ({ node: `ignitionConfigOverride: |\n  ${ign}\n` })

describe('ign-ci-single-quote', () => {
  it('passes %27 (near miss)', () =>
    expect(quotes(ciSite(node(IGN('echo%20%27hi%27'))))).toEqual([]))

  it("reports a raw ' in a data URL as an error, and its fix writes %27", () => {
    const text = ciSite(node(IGN("echo%20'hi'")))
    const [d] = quotes(text)
    expect(d?.severity).toBe('error')
    expect(d?.message).toMatch(/^nodes\[0\].ignitionConfigOverride holds a raw ' in a data URL/)
    expect(d?.line).toBe(27)
    const fixed = applyFix(readSiteFile(text), d!.fix!)
    expect(fixed.text).toContain('echo%20%27hi%27')
    expect(quotes(fixed.text)).toEqual([])
  })

  it("reports a ' in installerArgs, installConfigOverrides and the cluster override", () => {
    const text = ciSite({
      cluster: `installConfigOverrides: '{"x":"it''s"}'\nignitionConfigOverride: '{"ignition":{"version":"3.2.0"},"x":"a''b"}'\n`,
      node: `installerArgs: '["--append-karg","a=''b''"]'\n`,
    })
    expect(quotes(text).map((d) => d.path.join('.'))).toEqual([
      'spec.installConfigOverrides',
      'spec.ignitionConfigOverride',
      'spec.nodes.0.installerArgs',
    ])
    expect(quotes(text)[0]?.fix?.op).toBe('set')
  })

  it('is not reported on a SiteConfig', () => {
    const sc = ciSite(node(IGN("echo%20'hi'")))
      .replace('siteconfig.open-cluster-management.io/v1alpha1', 'ran.openshift.io/v1')
      .replace('kind: ClusterInstance', 'kind: SiteConfig')
    expect(quotes(sc)).toEqual([])
  })
})
