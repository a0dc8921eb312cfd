import jsyaml from 'js-yaml'
import { parseAllDocuments } from 'yaml'
import { describe, expect, it } from 'vitest'
import { allFixtures, changedLines } from '../../test/fixtures.ts'
import { setIn } from './edit.ts'
import { getIn } from './path.ts'
import { readSiteFile, siteData } from './siteFile.ts'
import { siteConfigModel } from '../site/siteModel.ts'

const fixtures = allFixtures()

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
  const cluster = getIn(data, [...siteConfigModel.cluster(0), 'clusterName'])
  // (the stub fixture has no clusters: nothing to edit there)
  if (typeof cluster === 'string')
    it('a one-field edit changes only that line', () => {
      const out = setIn(file, [...siteConfigModel.cluster(0), 'clusterName'], 'renamed-cluster')
      const lines = changedLines(text, out.text)
      expect(lines).toHaveLength(1)
      expect(out.text.split('\n')[(lines[0] as number) - 1]).toContain('renamed-cluster')
      expect(
        jsyaml.load(out.text.slice(out.docs[out.site]?.start, out.docs[out.site]?.end), {
          schema: jsyaml.CORE_SCHEMA,
        }),
      ).toEqual(siteData(out))
    })
})

it('reads every fixture (a syntax error only where SOURCES.md says so)', () => {
  const broken = fixtures
    .filter((f) => readSiteFile(f.text).docs.some((d) => d.error))
    .map((f) => f.name)
  expect(broken).toEqual([])
})
