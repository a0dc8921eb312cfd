import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jsyaml from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { ciFixtures, SEED_PATH, seedText } from '../test/fixtures.ts'
import { run } from './runForTest.ts'

const kinds = (stream: string) =>
  jsyaml.loadAll(stream).map((d) => (d as { kind: string; metadata: { name: string } }).kind)
const ci = ciFixtures().find((f) => f.name.endsWith('assisted-installer__example-3node.yaml'))!

describe('siteconfig-studio render', () => {
  it("prints the seed's resources as one YAML stream", async () => {
    const r = await run('render', SEED_PATH)
    expect(r.code).toBe(0)
    const k = kinds(r.stdout)
    for (const kind of [
      'Namespace',
      'AgentClusterInstall',
      'ClusterDeployment',
      'InfraEnv',
      'BareMetalHost',
      'ManagedCluster',
      'KlusterletAddonConfig',
    ])
      expect(k).toContain(kind)
    expect(r.stdout).toContain('bmac.agent-install.openshift.io/installer-args')
  })

  it('renders a ClusterInstance per ACM release', async () => {
    const count = async (...acm: string[]) =>
      kinds((await run('render', ci.path, ...acm)).stdout).filter((k) => k === 'InfraEnv').length
    expect(await count('--acm', '2.13')).toBe(1)
    expect(await count('--acm', '2.14')).toBe(3)
    expect(await count()).toBe(3)
    const bad = await run('render', ci.path, '--acm', '2.9')
    expect([bad.code, bad.stderr]).toEqual([2, 'siteconfig-studio: --acm must be 2.13 or 2.14\n'])
  })

  it('exits 1 with the reason where the hub would fail to render', async () => {
    // a raw ' in installerArgs ends the template's single-quoted scalar early
    const file = join(mkdtempSync(join(tmpdir(), 'scs-render-')), 'ci.yaml')
    const args = `\n      installerArgs: '["--append-karg", "it''s"]'`
    writeFileSync(file, ci.text.replace(/(\n\s+- hostName: [^\n]+)/, `$1${args}`))
    const r = await run('render', file)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('installerArgs')
  })

  it('--diff prints the changed resources and fields with their consequences', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scs-render-'))
    const after = join(dir, 'after.yaml')
    writeFileSync(after, seedText().replace('eko4-img4.11.5-x86-64-appsub', 'img4.18.1'))
    const r = await run('render', '--diff', SEED_PATH, after)
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(
      [
        'AgentClusterInstall sno-worker-0: changed',
        '  spec.imageSetRef.name changed',
        '  — immutable once the installation has started: the webhook refuses the change',
        '',
      ].join('\n'),
    )
  })
})
