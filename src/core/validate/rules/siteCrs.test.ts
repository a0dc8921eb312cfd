import { describe, expect, it } from 'vitest'
import { readSiteFile } from '../../document/siteFile.ts'
import { allFixtures } from '../../../test/fixtures.ts'
import { findings, site } from '../../../test/site.ts'
import { validate } from '../validate.ts'

describe('cr- kind rules: trigger and near miss', () => {
  it('site-cr-template-kind per level', () => {
    expect(
      findings(site('', 'crTemplates:\n  InfraEnv: infraenv.yaml\n'), 'site-cr-template-kind')[0],
    ).toContain('"InfraEnv" is not a valid CR type to override at node level')
    expect(
      findings(site('crTemplates:\n  KlusterletAddonConfig: kac.yaml\n'), 'site-cr-template-kind'),
    ).toEqual([])
    expect(
      findings(
        site('crTemplates:\n  KlusterletAddonconfig: kac.yaml\n'),
        'site-cr-template-kind',
      )[0],
    ).toContain('did you mean "KlusterletAddonConfig"?')
  })

  it('site-cr-annotations-kind', () => {
    const t = (k: string, action = 'add') =>
      site('', `crAnnotations:\n  ${action}:\n    ${k}:\n      a: b\n`)
    expect(findings(t('BaremetalHost'), 'site-cr-annotations-kind')[0]).toContain(
      'did you mean "BareMetalHost"?',
    )
    expect(findings(t('BareMetalHost', 'remove'), 'site-cr-annotations-kind')[0]).toContain(
      'only the "add" action exists',
    )
    expect(findings(t('BareMetalHost'), 'site-cr-annotations-kind')).toEqual([])
  })

  it('site-cr-annotations-shadowing', () => {
    const ann = (k: string) => `crAnnotations:\n  add:\n    ${k}:\n      a: b\n`
    expect(
      findings(site(ann('BareMetalHost'), ann('BareMetalHost')), 'site-cr-annotations-shadowing'),
    ).toEqual([
      'info@21: clusters[0].nodes[0].crAnnotations.add.BareMetalHost hides the cluster-level (clusters[0]) BareMetalHost annotations (levels are not merged)',
    ])
    expect(
      findings(site(ann('ManagedCluster'), ann('BareMetalHost')), 'site-cr-annotations-shadowing'),
    ).toEqual([])
  })

  it('site-cr-suppression-kind and site-bmh-suppression', () => {
    expect(
      findings(site('crSuppression:\n- BareMetalHost\n'), 'site-cr-suppression-kind')[0],
    ).toContain('has no effect at cluster level')
    expect(
      findings(site('crSuppression:\n- KlusterletAddonConfig\n'), 'site-cr-suppression-kind'),
    ).toEqual([])
    const bmh = site('', 'crSuppression:\n- BareMetalHost\n')
    expect(findings(bmh, 'site-cr-suppression-kind')).toEqual([])
    expect(findings(bmh, 'site-bmh-suppression')).toEqual([
      'info@16: Suppressing BareMetalHost for sno1.example.com deprovisions this host (the worker-deletion flow)',
    ])
    expect(findings(site('', 'crSuppression:\n- NMStateConfig\n'), 'site-bmh-suppression')).toEqual(
      [],
    )
  })

  it('no official example names a kind a level does not render', () => {
    for (const f of allFixtures().filter((x) => x.name.includes('argocd__example')))
      expect(
        validate(readSiteFile(f.text)).filter((d) => d.rule.startsWith('site-cr-')),
        f.name,
      ).toEqual([])
  })
})
