import { describe, expect, it } from 'vitest'
import { readSiteFile } from '../../document/siteFile.ts'
import { ciSite } from '../../../test/ciSite.ts'
import { validate } from '../validate.ts'

const unknown = (text: string) =>
  validate(readSiteFile(text))
    .filter((d) => d.rule === 'yaml-unknown-key')
    .map((d) => [d.path.join('.'), d.message, d.fix?.title])

describe('yaml-unknown-key on a ClusterInstance: the CRD’s fields (schema/ciFields.ts)', () => {
  it('reports a SiteConfig key left in a node and a typo, with the nearest field', () => {
    expect(
      unknown(ciSite({ cluster: 'proxy:\n  noProxys: .example.com\n', node: 'cpuset: 0-1\n' })),
    ).toEqual([
      [
        'spec.proxy.noProxys',
        'Unknown key "noProxys" at proxy is not in the ClusterInstance CRD: the API server drops it; did you mean "noProxy"?',
        'Rename to noProxy',
      ],
      [
        'spec.nodes.0.cpuset',
        'Unknown key "cpuset" at nodes[0] is not in the ClusterInstance CRD: the API server drops it',
        undefined,
      ],
    ])
  })

  it('knows every ClusterInstance field, and leaves the kinds under extraLabels to ci-enum', () => {
    const text = ciSite({
      cluster:
        'cpuArchitecture: x86_64\nplatformType: BareMetal\ncaBundleRef:\n  name: ca\nreinstall:\n  generation: g1\n  preservationMode: All\nsuppressedManifests: [NMStateConfig]\npruneManifests:\n  - apiVersion: v1\n    kind: ConfigMap\nextraLabels:\n  SomeKind:\n    a: "b"\n',
      node: 'hostRef:\n  name: h\n  namespace: n\nironicInspect: disabled\nextraAnnotations:\n  BareMetalHost:\n    x: "y"\n',
    })
    expect(unknown(text)).toEqual([])
  })
})
