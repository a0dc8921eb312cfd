import { describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jsyaml from 'js-yaml'
import { changedLines, ciFixtures, FIXTURES_DIR } from '../test/fixtures.ts'
import { readSiteFile, syntaxProblem } from '../core/document/siteFile.ts'
import { run } from './runForTest.ts'

const DOCS = FIXTURES_DIR + 'clusterinstance/ocp-4.21-docs-precache-example.yaml'
const fixtures = ciFixtures().map((f) => ({ ...f, broken: !!syntaxProblem(readSiteFile(f.text)) }))

describe('the CLI on ClusterInstance files', () => {
  it.each(fixtures.filter((f) => !f.broken).map((f) => [f.name, f.path, f.text]))(
    'fmt %s is byte-identical',
    async (_, path, text) => {
      const r = await run('fmt', path as string)
      expect([r.code, r.stdout === text]).toEqual([0, true])
    },
  )

  it.each(fixtures.filter((f) => f.broken).map((f) => [f.name, f.path]))(
    'fmt %s says where the YAML breaks',
    async (_, path) => {
      const r = await run('fmt', path as string)
      expect(r.code).not.toBe(0)
      expect(r.stderr).toMatch(/:\d+:\d+: /)
    },
  )

  it('set of a node field changes that one line and keeps the comments', async () => {
    const r = await run(
      'set',
      DOCS,
      'spec.nodes.0.bmcAddress=idrac-virtualmedia+https://192.0.2.7/x',
    )
    expect(r.code).toBe(0)
    const text = readFileSync(DOCS, 'utf8')
    const lines = changedLines(text, r.stdout)
    expect(lines).toHaveLength(1)
    expect(r.stdout.split('\n')[lines[0]! - 1]).toContain('192.0.2.7')
  })

  it('explain decodes the 4.21 example: discovery units and the node installerArgs', async () => {
    const r = await run('explain', DOCS)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('cluster sno-worker-0')
    expect(r.stdout).toContain('precache-images.service')
    expect(r.stdout).toMatch(/installerArgs: .*--save-partlabel/)
  })

  it('precache enables pre-caching on a bare ClusterInstance with Ignition 3.2.0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scs-ci-'))
    const bare = join(dir, 'bare.yaml')
    const text = readFileSync(
      FIXTURES_DIR +
        'clusterinstance/stolostron__siteconfig__config__samples__assisted-installer__example-3node.yaml',
      'utf8',
    )
    writeFileSync(bare, text)
    const r = await run('precache', bare)
    expect(r.code).toBe(0)
    const out = jsyaml.load(r.stdout) as {
      spec: { ignitionConfigOverride: string; nodes: Array<{ installerArgs: string }> }
    }
    expect(JSON.parse(out.spec.ignitionConfigOverride).ignition.version).toBe('3.2.0')
    expect(out.spec.nodes.every((n) => n.installerArgs.includes('--save-partlabel'))).toBe(true)
  })
})
