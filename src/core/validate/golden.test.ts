import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { allFixtures, ciFixtures } from '../../test/fixtures.ts'
import { CI_GOLDEN, goldenName, goldenText } from './golden.ts'

const DIR = new URL('./golden/', import.meta.url)

const matches =
  (dir: string) =>
  ({ name, text }: { name: string; text: string }) => {
    const file = new URL(dir + goldenName(name), DIR)
    expect(existsSync(file), `golden file for ${name} (run npm run golden)`).toBe(true)
    expect(goldenText(text)).toBe(readFileSync(file, 'utf8'))
  }

// recorded with `npm run golden` and reviewed by hand; a change here is a change in what users see
describe('findings on every fixture match the reviewed golden files', () => {
  it.each(allFixtures())('$name', matches(''))
  it.each(ciFixtures())('ClusterInstance $name', matches(CI_GOLDEN))

  it('the official examples have no errors; the invalid fixture has the shape error its notes describe', () => {
    for (const f of allFixtures()) {
      const errors = goldenText(f.text)
        .split('\n')
        .filter((l) => / error /.test(l))
      if (f.name.includes('argocd__example__siteconfig')) expect(errors, f.name).toEqual([])
      if (f.name.endsWith('site1-err.yaml'))
        expect(errors.join('\n')).toContain('spec.clusters must be a list, got a mapping')
    }
  })
})

/** what SOURCES.md says of each ClusterInstance fixture, as findings */
const CI_EXPECTED: Array<[string, RegExp[]]> = [
  ['kcli-ztp', [/^1:2 error yaml-parse/]], // a Jinja2 template
  ['ArmInstallation', [/^11:9 error yaml-parse: bad indentation/]],
  ['siteconfig_install_clusters', [/^5:28 error yaml-parse/]], // AsciiDoc callouts
  ['reinstallation__README', [/^2:7 error yaml-parse/]], // kind in backticks
  [
    'clusterinstances__example-3node',
    [
      /error ci-enum: clusterType "standard" must be SNO/,
      /error node-ironic-inspect: nodes\[2\].ironicInspect must be ""/,
      /warning ci-template-name: template "ai-nodes-templates-v1" .* ai-node-templates-v1/,
    ],
  ],
  [
    'clusterinstances__example-sno',
    [/error ci-enum: clusterType "sno" .*\[fix: Use SNO\]/, /error node-ironic-inspect/],
  ],
  [
    'siteconfig_v1alpha1_clusterinstance',
    [/error ign-json: cluster-level ignitionConfigOverride is not a valid JSON-formatted string/],
  ],
  [
    'ocp-4.21-docs-precache',
    [
      /^56:13 error ign-mode-special-bits/, // the docs' decimal 755, as in the seed
      /warning ci-cluster-type: clusterType is not set .* SNO/,
      /warning net-boot-mac-in-interfaces: bootMACAddress AA:BB:CC:DD:EE:11/,
    ],
  ],
  ['troubleshooting', [/error ci-required: spec is missing/]],
  ['host-network-attachment', [/error cluster-ci-topology: missing cluster-level template/]],
]

describe('the ClusterInstance fixtures have the findings their SOURCES.md notes describe', () => {
  const golden = (part: string) => goldenText(ciFixtures().find((f) => f.name.includes(part))!.text)

  it.each(CI_EXPECTED)('%s', (part, wanted) => {
    const lines = golden(part).split('\n')
    for (const w of wanted)
      expect(
        lines.some((l) => w.test(l)),
        String(w),
      ).toBe(true)
  })

  it('the upstream samples have no errors', () => {
    for (const f of ciFixtures().filter((f) =>
      f.name.includes('config__samples__assisted-installer'),
    ))
      expect(
        goldenText(f.text)
          .split('\n')
          .filter((l) => / error /.test(l)),
        f.name,
      ).toEqual([])
  })
})
