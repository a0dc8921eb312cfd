import { describe, expect, it } from 'vitest'
import { checkJsonDepth, parseJson } from './json.ts'
import { setIn } from '../document/edit.ts'
import { readSiteFile } from '../document/siteFile.ts'
import { overridePath, overrideView } from '../precache/overrideView.ts'
import { summarizeChanges } from '../review/changes.ts'
import { validate } from '../validate/validate.ts'
import { parseIgnition } from './ignition.ts'
import { parseInstallerArgs } from './installerArgs.ts'
import { siteConfigModel } from '../site/siteModel.ts'

const deep = (n: number) => '['.repeat(n) + ']'.repeat(n)

// YAML escapes decode to brackets the YAML nesting guard never sees
const esc = (n: number) => '\\x5b'.repeat(n) + '\\x5d'.repeat(n)
const hostile = (n: number) =>
  [
    'apiVersion: ran.openshift.io/v1',
    'kind: SiteConfig',
    'metadata: {name: s, namespace: s}',
    'spec:',
    '  baseDomain: example.com',
    '  clusters:',
    '  - clusterName: c',
    `    ignitionConfigOverride: "{\\x22a\\x22: ${esc(n)}}"`,
    `    installConfigOverrides: "{\\x22a\\x22: ${esc(n)}}"`,
    '    nodes:',
    '    - hostName: h',
    `      installerArgs: "${esc(n)}"`,
    `      ignitionConfigOverride: "${esc(n)}"`,
    '',
  ].join('\n')

describe('JSON nesting guard', () => {
  it('finds the first bracket past the limit, skipping strings and escapes', () => {
    expect(checkJsonDepth(deep(200))).toBe(-1)
    expect(checkJsonDepth(deep(201))).toBe(200)
    expect(checkJsonDepth(`["${'['.repeat(500)}\\"["]`)).toBe(-1)
    expect(checkJsonDepth('{"a": {"b": [1]}}', 2)).toBe(12)
    expect(checkJsonDepth(']]]' + deep(3), 3)).toBe(-1)
  })

  it('turns too deep JSON into an ordinary parse failure', () => {
    expect(() => parseJson(deep(100_000))).toThrow(SyntaxError)
    expect(() => parseJson(deep(100_000))).toThrow(/nesting too deep .* at position 200$/)
    expect(parseJson('[[1]]')).toEqual([[1]])
    const ign = parseIgnition(`{"a": ${deep(100_000)}}`)
    expect(ign).toMatchObject({ ok: false, offset: 205 })
    expect(!ign.ok && ign.message).toMatch(/^not valid JSON: nesting too deep/)
    expect(parseIgnition(deep(100_000)).ok).toBe(false)
    expect(parseInstallerArgs(deep(100_000))).toMatchObject({ ok: false, offset: 200 })
  })

  it('validates, previews and compares a file whose escapes decode to 20,000 brackets', () => {
    const file = readSiteFile(hostile(20_000))
    const found = validate(file).filter((d) => /nesting too deep/.test(d.message))
    expect(found.map((d) => `${d.line}:${d.rule}`)).toEqual([
      '8:ign-json',
      '9:cluster-install-config-json',
      '12:args-json',
      '13:ign-json',
    ])
    const view = overrideView(file, 'discovery', overridePath('discovery', 0))
    expect(view.error).toMatch(/nesting too deep/)
    const renamed = setIn(file, [...siteConfigModel.cluster(0), 'clusterName'], 'd')
    expect(summarizeChanges(file, renamed).length).toBeGreaterThan(0)
  })
})
