import { describe, expect, it } from 'vitest'
import { allFixtures } from '../../test/fixtures.ts'
import { fileKind, readSiteFile } from '../document/siteFile.ts'
import type { SiteFile } from '../document/siteFile.ts'
import { validate } from '../validate/validate.ts'
import { convertSiteConfig } from './convert.ts'

const errorRules = (file: SiteFile) =>
  new Set(
    validate(file)
      .filter((d) => d.severity === 'error')
      .map((d) => d.rule),
  )

describe('every conversion passes our ClusterInstance validation', () => {
  it.each(allFixtures().map((f) => [f.name, f.text]))(
    '%s: no error the SiteConfig did not already have',
    (_, text) => {
      const file = readSiteFile(text)
      const source = errorRules(file)
      for (const c of convertSiteConfig(file).clusters) {
        if (!c.text) continue
        const out = readSiteFile(c.text)
        expect(fileKind(out)).toBe('ClusterInstance')
        const fresh = [...errorRules(out)].filter((r) => !source.has(r))
        expect([c.clusterName, fresh]).toEqual([c.clusterName, []])
      }
    },
  )
})
