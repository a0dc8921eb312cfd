import jsyaml from 'js-yaml'
import { parseAllDocuments } from 'yaml'
import { describe, expect, it } from 'vitest'
import { allFixtures, changedLines, ciFixtures } from '../../test/fixtures.ts'
import { setIn } from './edit.ts'
import { getIn } from './path.ts'
import { fileKind, fileModel, readSiteFile, siteData } from './siteFile.ts'
import type { SiteFile } from './siteFile.ts'
import type { Path } from './path.ts'

const fixtures = [...allFixtures(), ...ciFixtures()]

function oneLine(file: SiteFile, path: Path, value: string) {
  const out = setIn(file, path, value)
  const lines = changedLines(file.text, out.text)
  expect(lines).toHaveLength(1)
  expect(out.text.split('\n')[(lines[0] as number) - 1]).toContain(value)
  expect(
    jsyaml.load(out.text.slice(out.docs[out.site]?.start, out.docs[out.site]?.end), {
      schema: jsyaml.CORE_SCHEMA,
    }),
  ).toEqual(siteData(out))
}

describe.each(fixtures)('$name', ({ text }) => {
  const file = readSiteFile(text)

  it('reads without touching the text', () => {
    expect(file.text).toBe(text)
    expect(file.docs.length).toBeGreaterThan(0)
  })

  it('js-yaml and yaml read the same values', () => {
    const ours = file.docs.map((d) => d.data)
    const theirs = parseAllDocuments(text).map((d) => d.toJS())
    if (file.docs.some((d) => d.error)) {
      expect(parseAllDocuments(text).some((d) => d.errors.length > 0)).toBe(true)
      return
    }
    expect(ours).toEqual(theirs.filter((v) => v !== null))
  })

  const data = siteData(file)
  const model = fileModel(file)
  const cluster = getIn(data, [...model.cluster(0), 'clusterName'])
  // (the stub fixture has no clusters: nothing to edit there)
  if (typeof cluster === 'string')
    it(`a one-field edit changes only that line (${fileKind(file)})`, () =>
      oneLine(file, [...model.cluster(0), 'clusterName'], 'renamed-cluster'))
  const host = getIn(data, [...model.node(0, 0), 'bmcAddress'])
  if (typeof host === 'string')
    it('a node field edit changes only that line', () =>
      oneLine(file, [...model.node(0, 0), 'bmcAddress'], 'redfish-virtualmedia://192.0.2.9/x'))
})

it('reads every fixture (a syntax error only where SOURCES.md says so)', () => {
  const broken = fixtures
    .filter((f) => readSiteFile(f.text).docs.some((d) => d.error))
    .map((f) => f.name)
  // the four ClusterInstance files SOURCES.md marks "INVALID YAML" / "not YAML", no others
  expect(broken).toEqual([
    'karmab__kcli-ztp__ztp__scripts__clusterinstance.sample.yaml',
    'openshift-kni__telco-reference__telco-ran__configuration__argocd__ArmInstallation.md__L58-71.yaml',
    'stolostron__rhacm-docs__mce_acm_integration__siteconfig__siteconfig_install_clusters.adoc__L184-209.yaml',
    'stolostron__siteconfig__docs__reinstallation__README.md__L362-380.yaml',
  ])
})
