import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import jsyaml from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { allFixtures } from '../../../test/fixtures.ts'
import { readSiteFile, siteData } from '../../document/siteFile.ts'
import { renderSiteConfig } from './index.ts'

// the generator's output for a fixture, and ours, field for field and in the same order
const DIR = join(import.meta.dirname, 'upstream')
const expected = readdirSync(DIR).filter((f) => f.endsWith('.yaml'))
const fixture = (name: string) =>
  allFixtures().find(
    (f) =>
      f.name === `${name}.yaml` ||
      f.name === `openshift-kni__cnf-features-deploy__ztp__${name}.yaml`,
  )!

describe('SiteConfig rendering agrees with the siteconfig-generator', () => {
  it('has expected outputs for the generator test cases and the examples', () => {
    expect(expected.length).toBe(10)
  })
  for (const file of expected)
    it(file, () => {
      const want = jsyaml.loadAll(readFileSync(join(DIR, file), 'utf8'))
      const got = renderSiteConfig(
        siteData(readSiteFile(fixture(file.replace(/\.yaml$/, '')).text))!,
      )
      expect(got.failed).toBe(false)
      expect(got.resources.map((r) => r.body)).toEqual(want)
    })
})
