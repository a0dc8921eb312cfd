import { describe, expect, it } from 'vitest'
import { NODE, ciSite } from '../../../test/ciSite.ts'
import { readSiteFile } from '../../document/siteFile.ts'
import { applyFix } from '../applyFix.ts'
import { validate } from '../validate.ts'

const of = (rule: string, text: string) =>
  validate(readSiteFile(text)).filter((d) => d.rule === rule)
const worker = NODE.replace('sno1.example.com', 'w1.example.com')
  .replace('role: master', 'role: worker')
  .replace('90:46', '90:47')

describe('ci-cluster-type', () => {
  it('passes SNO with a worker (the type zeroes workerAgents)', () =>
    expect(of('ci-cluster-type', ciSite({ nodes: [worker] }))).toEqual([]))

  it('reports a missing clusterType with the type the roles call for, as a fix', () => {
    const text = ciSite({ nodes: [worker] }).replace('  clusterType: SNO\n', '')
    const [d] = of('ci-cluster-type', text)
    expect(d?.message).toMatch(
      /^clusterType is not set and has no default: with 1 control-plane agent\(s\) it should be SNO/,
    )
    const fixed = applyFix(readSiteFile(text), d!.fix!)
    expect(of('ci-cluster-type', fixed.text)).toEqual([])
    expect(fixed.text).toContain('clusterType: SNO')
  })

  it('reports HighlyAvailable on one master', () => {
    const t = ciSite({ nodes: [worker] }).replace(
      'clusterType: SNO',
      'clusterType: HighlyAvailable',
    )
    expect(of('ci-cluster-type', t)[0]?.message).toMatch(/renders workerAgents: 1/)
  })
})

describe('ci-template-ignored', () => {
  const tang =
    'diskEncryption:\n  type: nbde\n  tang:\n    - url: http://tang.example.com\n      thumbprint: abc\n'
  it('reports diskEncryption with the default templates only', () => {
    expect(of('ci-template-ignored', ciSite({ cluster: tang }))[0]?.message).toMatch(
      /^diskEncryption is not rendered by the default templates \(ai-cluster-templates-v1\)/,
    )
    const custom = 'templateRefs:\n  - name: my-encrypting-templates\n    namespace: ztp\n'
    expect(of('ci-template-ignored', ciSite({ cluster: tang, refs: custom }))).toEqual([])
    expect(
      of('ci-template-ignored', ciSite({ cluster: 'diskEncryption:\n  type: none\n' })),
    ).toEqual([])
  })

  it('reports the pre-cache fields on image-based install templates', () => {
    const ibi =
      'templateRefs:\n  - name: ibi-cluster-templates-v1\n    namespace: open-cluster-management\n'
    const args = { node: 'installerArgs: \'["--save-partlabel","data"]\'\n' }
    expect(of('ci-template-ignored', ciSite({ ...args, refs: ibi })).map((d) => d.message)).toEqual(
      [
        'nodes[0].installerArgs is not rendered by the image-based install templates (ibi-cluster-templates-v1): IBI ignores ignitionConfigOverride and installerArgs, so pre-caching hooks there do nothing',
      ],
    )
    expect(of('ci-template-ignored', ciSite(args))).toEqual([])
  })
})

describe('ci-template-name', () => {
  it('passes the default and custom names', () => {
    const custom = 'templateRefs:\n  - name: custom-infraenv-cm\n    namespace: ztp\n'
    expect(of('ci-template-name', ciSite({ refs: custom }))).toEqual([])
  })

  it('reports a typo of a default name, with a fix', () => {
    const t = ciSite().replace('name: ai-node-templates-v1', 'name: ai-nodes-templates-v1')
    const [d] = of('ci-template-name', t)
    expect(d?.message).toBe(
      'template "ai-nodes-templates-v1" is not a default template; did you mean ai-node-templates-v1?',
    )
    expect(of('ci-template-name', applyFix(readSiteFile(t), d!.fix!).text)).toEqual([])
  })
})
