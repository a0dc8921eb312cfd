import { describe, expect, it } from 'vitest'
import { allFixtures, seedText } from '../../test/fixtures.ts'
import { site } from '../../test/site.ts'
import { readSiteFile } from '../document/siteFile.ts'
import { validate } from './validate.ts'

const check = (text: string) => validate(readSiteFile(text))
const rules = (text: string) => check(text).map((d) => d.rule)

const BASE = site()
const node = (extra: string) => BASE + extra.replace(/^/gm, '      ')

describe('validation', () => {
  it("reports the seed's three decimal modes on their lines, and no other errors", () => {
    const ds = check(seedText())
    const modes = ds.filter((d) => d.rule === 'ign-mode-special-bits')
    expect(ds.filter((d) => d.severity === 'error')).toEqual(modes)
    // 755 is a known octal typo: an error, as the catalogue has it (was a warning)
    expect(modes.map((d) => [d.line, d.column, d.severity])).toEqual([
      [54, 15, 'error'],
      [65, 15, 'error'],
      [111, 19, 'error'],
    ])
    expect(modes[0]?.message).toContain('493')
  })

  it('has nothing to say about a minimal valid file', () => {
    const bmc =
      'bmcAddress: redfish-virtualmedia+https://10.0.0.1/redfish/v1/Systems/1\nbmcCredentialsName:\n  name: bmc\nbootMACAddress: "e4:43:4b:bd:90:46"\n'
    const all = check(node(bmc))
    expect(all.filter((d) => d.severity !== 'info')).toEqual([])
    // only what is worth knowing about any v1 SNO left at its defaults
    expect(all.map((d) => d.rule)).toEqual([
      'site-deprecated-api',
      'node-ironic-inspect-default',
      'node-network-dhcp',
    ])
  })

  it('reports the official examples without errors', () => {
    for (const f of allFixtures().filter((x) => x.name.includes('argocd__example'))) {
      expect(
        check(f.text).filter((d) => d.severity === 'error'),
        f.name,
      ).toEqual([])
    }
  })

  it('says where clusters is a mapping (site1-err.yaml)', () => {
    const f = allFixtures().find((x) => x.name.endsWith('site1-err.yaml'))
    const ds = check(f?.text ?? '').filter((d) => d.severity === 'error')
    expect(ds[0]).toMatchObject({ rule: 'yaml-parse', severity: 'error', line: 15 })
    expect(ds[0]?.message).toMatch(/spec.clusters must be a list, got a mapping/)
  })

  it.each([
    [
      'site-api-version',
      BASE.replace('ran.openshift.io/v1', 'ran.openshift.io/v3'),
      BASE.replace('ran.openshift.io/v1', 'ran.openshift.io/v2'),
    ],
    ['site-kind', BASE.replace('kind: SiteConfig', 'kind: Siteconfig'), BASE],
    ['site-base-domain', BASE.replace('  baseDomain: example.com\n', ''), BASE],
    ['site-pull-secret-ref', BASE.replace('    name: ps\n', '    name: ""\n'), BASE],
    [
      'site-image-set-ref',
      BASE.replace('  clusterImageSetNameRef: img4.16\n', ''),
      BASE.replace('  clusterImageSetNameRef: img4.16\n', '').replace(
        '- clusterName: sno1\n',
        '- clusterName: sno1\n    clusterImageSetNameRef: img\n',
      ),
    ],
    ['cluster-name-required', BASE.replace('clusterName: sno1', 'clusterName: ""'), BASE],
    [
      'cluster-name-unique',
      BASE + '  - clusterName: sno1\n    nodes:\n    - hostName: b\n',
      BASE + '  - clusterName: sno2\n    nodes:\n    - hostName: b\n',
    ],
    [
      'cluster-master-count',
      BASE.replace('role: master', 'role: worker'),
      BASE.replace('role: master', 'role: ""'),
    ],
    [
      'ign-json',
      node(`ignitionConfigOverride: '{"ignition": {'`),
      node(`ignitionConfigOverride: ''`),
    ],
    [
      'ign-version-supported',
      node(`ignitionConfigOverride: '{"ignition": {"version": "3.4.0"}}'`),
      node(`ignitionConfigOverride: '{"ignition": {"version": "3.2.0"}}'`),
    ],
    [
      'ign-version-present',
      node(`ignitionConfigOverride: '{"ignition": {"version": "3.1"}}'`),
      node(`ignitionConfigOverride: '{"ignition": {"version": "3.1.0"}}'`),
    ],
    [
      'ign-mode-special-bits',
      node(
        `ignitionConfigOverride: '{"ignition":{"version":"3.1.0"},"storage":{"files":[{"path":"/a","mode":644}]}}'`,
      ),
      node(
        `ignitionConfigOverride: '{"ignition":{"version":"3.1.0"},"storage":{"files":[{"path":"/a","mode":420}]}}'`,
      ),
    ],
    [
      'args-string',
      node(`installerArgs: ["--save-partlabel", "data"]`),
      node(`installerArgs: '["--save-partlabel", "data"]'`),
    ],
    ['args-json', node(`installerArgs: '--save-partlabel data'`), node(`installerArgs: '[]'`)],
    [
      'args-allowlist',
      node(`installerArgs: '["--save-partlabel=data"]'`),
      node(`installerArgs: '["--save-partlabel", "data", "-n"]'`),
    ],
    [
      'args-allowlist',
      node(`installerArgs: '["--save-partindex", "-7"]'`),
      node(`installerArgs: '["--save-partindex", "5-"]'`),
    ],
    [
      'unit-mount-name',
      node(
        `ignitionConfigOverride: '{"ignition":{"version":"3.1.0"},"systemd":{"units":[{"name":"var-mnt-data.mount","contents":"[Mount]\\nWhere=/var/mnt"}]}}'`,
      ),
      node(
        `ignitionConfigOverride: '{"ignition":{"version":"3.1.0"},"systemd":{"units":[{"name":"var-mnt.mount","contents":"[Mount]\\nWhere=/var/mnt"}]}}'`,
      ),
    ],
    [
      'precache-label-consistency',
      node(
        `installerArgs: '["--save-partlabel", "cache"]'\nignitionConfigOverride: '{"ignition":{"version":"3.1.0"},"systemd":{"units":[{"name":"var-mnt.mount","contents":"[Mount]\\nWhat=/dev/disk/by-partlabel/data\\nWhere=/var/mnt"}]}}'`,
      ),
      node(
        `installerArgs: '["--save-partlabel", "data"]'\nignitionConfigOverride: '{"ignition":{"version":"3.1.0"},"systemd":{"units":[{"name":"var-mnt.mount","contents":"[Mount]\\nWhat=/dev/disk/by-partlabel/data\\nWhere=/var/mnt"}]}}'`,
      ),
    ],
    ['yaml-single-document', 'apiVersion: v1\nkind: Namespace\n---\n' + BASE, BASE],
  ])('%s: triggers, and a near miss does not', (rule, bad, good) => {
    expect(rules(bad)).toContain(rule)
    expect(rules(good)).not.toContain(rule)
  })

  it('points a JSON syntax error inside a | block at its line', () => {
    const ds = check(
      node(`ignitionConfigOverride: |\n  {\n    "ignition": {"version": "3.1.0"},,\n  }`),
    )
    const d = ds.find((x) => x.rule === 'ign-json')
    expect(d?.line).toBe(17)
  })

  it('reports YAML syntax errors with line and column', () => {
    expect(check('spec:\n  a: [1, 2\n  b: 3\n')[0]).toMatchObject({ rule: 'yaml-parse', line: 3 })
  })
})

describe('pre-cache checks inside overrides', () => {
  const seed = seedText()
  it('the seed has neither a missing script nor a unit ordered for the wrong stage', () => {
    expect(
      rules(seed).filter(
        (r) => r === 'precache-exec-file-missing' || r === 'precache-stage-ordering',
      ),
    ).toEqual([])
  })

  it('an ExecStart script the override does not provide is an error, at the unit', () => {
    const text = seed.replace(
      'ExecStart=bash /usr/local/bin/extract-ocp.sh',
      'ExecStart=bash /usr/local/bin/extract-ocp2.sh',
    )
    const ds = check(text).filter((d) => d.rule === 'precache-exec-file-missing')
    expect(ds.map((d) => [d.severity, d.line])).toEqual([
      ['error', 102],
      // an extract script no unit runs: an error, as the catalogue has it (was a warning)
      ['error', 110],
    ])
    expect(ds[0]!.message).toContain('/usr/local/bin/extract-ocp2.sh')
  })

  it('install-stage units ordered against agent.service (and the reverse) are flagged', () => {
    const text = seed
      .replace(
        'Before=machine-config-daemon-pull.service nodeip-configuration.service',
        'Before=agent.service',
      )
      .replace(
        'Before=agent.service\\n\\n[Service]',
        'Before=nodeip-configuration.service\\n\\n[Service]',
      )
    const ds = check(text).filter((d) => d.rule === 'precache-stage-ordering')
    expect(ds.map((d) => d.message.split(',')[0])).toEqual([
      'precache-images.service orders Before=nodeip-configuration.service',
      'precache-ocp-images.service orders Before=agent.service',
    ])
  })
})
