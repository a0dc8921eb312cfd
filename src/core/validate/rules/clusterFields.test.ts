import { describe, expect, it } from 'vitest'
import { findings, site } from '../../../test/site.ts'

const count = (t: string, r: string) => findings(t, r).length

describe('cluster and node value rules: trigger and near miss', () => {
  it('cluster-install-config-json', () => {
    expect(
      findings(
        site(`installConfigOverrides: '{"capabilities": '\n`),
        'cluster-install-config-json',
      )[0],
    ).toContain('Invalid json parameter set at installConfigOverride')
    expect(
      count(
        site(`installConfigOverrides: '{"capabilities": {}}'\n`),
        'cluster-install-config-json',
      ),
    ).toBe(0)
  })

  it('cluster-label-syntax and node-label-syntax', () => {
    expect(count(site('clusterLabels:\n  "du profile": "x"\n'), 'cluster-label-syntax')).toBe(1)
    expect(
      count(
        site('clusterLabels:\n  du-profile: "4.16"\n  example.com/site: "a_b"\n'),
        'cluster-label-syntax',
      ),
    ).toBe(0)
    expect(
      count(site('', 'nodeLabels:\n  "node-role.kubernetes.io/": ""\n'), 'node-label-syntax'),
    ).toBe(1)
    expect(
      count(
        site('', 'nodeLabels:\n  "node-role.kubernetes.io/master-du": ""\n'),
        'node-label-syntax',
      ),
    ).toBe(0)
  })

  it('cluster-disk-encryption-params', () => {
    expect(count(site('diskEncryption:\n  type: nbde\n'), 'cluster-disk-encryption-params')).toBe(1)
    expect(
      count(
        site(
          'diskEncryption:\n  type: nbde\n  tang:\n    - url: http://t\n      thumbprint: abc\n',
        ),
        'cluster-disk-encryption-params',
      ),
    ).toBe(0)
    expect(
      findings(
        site('diskEncryption:\n  type: tpm2\n  tpm2:\n    pcrList: "7"\n'),
        'cluster-disk-encryption-params',
      )[0],
    ).toMatch(/^warning/)
    expect(
      count(
        site('diskEncryption:\n  type: tpm2\n  tpm2:\n    pcrList: "1,7"\n'),
        'cluster-disk-encryption-params',
      ),
    ).toBe(0)
  })

  it('extra manifests filter, extraManifestPath, siteConfigMap on v1', () => {
    expect(
      count(
        site('extraManifests:\n  filter:\n    inclusionDefault: excluded\n'),
        'cluster-manifest-filter-mode',
      ),
    ).toBe(1)
    expect(
      count(
        site('extraManifests:\n  filter:\n    inclusionDefault: Exclude\n'),
        'cluster-manifest-filter-mode',
      ),
    ).toBe(0)
    expect(
      count(
        site('extraManifests:\n  filter:\n    include: [a.yaml]\n'),
        'cluster-manifest-filter-list',
      ),
    ).toBe(1)
    expect(
      count(
        site('extraManifests:\n  filter:\n    inclusionDefault: exclude\n    include: [a.yaml]\n'),
        'cluster-manifest-filter-list',
      ),
    ).toBe(0)
    expect(
      findings(
        site('extraManifestPath: m\nextraManifests:\n  searchPaths: [x]\n'),
        'cluster-extra-manifest-path',
      )[0],
    ).toContain('is ignored')
    expect(count(site(), 'cluster-extra-manifest-path')).toBe(0)
    expect(count(site('siteConfigMap:\n  name: a\n'), 'cluster-site-config-map-v1')).toBe(1)
    expect(
      count(
        site('siteConfigMap:\n  name: a\n').replace('ran.openshift.io/v1', 'ran.openshift.io/v2'),
        'cluster-site-config-map-v1',
      ),
    ).toBe(0)
  })
})
