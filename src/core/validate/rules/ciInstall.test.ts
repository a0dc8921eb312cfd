import { describe, expect, it } from 'vitest'
import { ciSite } from '../../../test/ciSite.ts'
import { readSiteFile } from '../../document/siteFile.ts'
import { validate } from '../validate.ts'

const of = (rule: string, text: string) =>
  validate(readSiteFile(text))
    .filter((d) => d.rule === rule)
    .map((d) => `${d.severity} ${d.message}`)

describe('ci-reinstall', () => {
  it('says nothing without reinstall and holdInstallation', () =>
    expect(of('ci-reinstall', ciSite({ cluster: 'holdInstallation: false\n' }))).toEqual([]))

  it('checks the generation and says when reinstall is allowed', () => {
    const ok = of('ci-reinstall', ciSite({ cluster: 'reinstall:\n  generation: gen-2\n' }))
    expect(ok).toEqual([
      expect.stringMatching(/^info reinstall spec cannot be set during initial installation/),
    ])
    const bad = of('ci-reinstall', ciSite({ cluster: 'reinstall:\n  generation: Gen_2\n' }))
    expect(bad.find((m) => m.startsWith('error'))).toMatch(
      /^error spec.reinstall.generation "Gen_2" must be lowercase/,
    )
    const long = of(
      'ci-reinstall',
      ciSite({ cluster: `reinstall:\n  generation: ${'a'.repeat(154)}\n` }),
    )
    expect(long.filter((m) => m.startsWith('error'))).toHaveLength(1)
  })

  it('says holdInstallation true is for creation only', () =>
    expect(of('ci-reinstall', ciSite({ cluster: 'holdInstallation: true\n' }))).toEqual([
      expect.stringMatching(/^info holdInstallation can only be set to true during creation/),
    ]))
})

describe('ci-immutable-fields', () => {
  it('tells once per ClusterInstance which fields may change after installation', () =>
    expect(of('ci-immutable-fields', ciSite())).toEqual([
      expect.stringMatching(/detected unauthorized changes in immutable fields/),
    ]))

  it('says nothing on a SiteConfig', () => {
    const sc = ciSite()
      .replace('siteconfig.open-cluster-management.io/v1alpha1', 'ran.openshift.io/v1')
      .replace('kind: ClusterInstance', 'kind: SiteConfig')
    expect(of('ci-immutable-fields', sc)).toEqual([])
  })
})
