import { describe, expect, it } from 'vitest'
import { allFixtures } from '../../test/fixtures.ts'
import { fileKind, readSiteFile } from '../document/siteFile.ts'
import { validate } from '../validate/validate.ts'
import { convertSiteConfig } from './convert.ts'

const errorRules = (text: string) =>
  new Set(
    validate(readSiteFile(text))
      .filter((d) => d.severity === 'error')
      .map((d) => d.rule),
  )

describe('every conversion passes our ClusterInstance validation', () => {
  it.each(allFixtures().map((f) => [f.name, f.text]))(
    '%s: no error the SiteConfig did not already have',
    (_, text) => {
      const source = errorRules(text)
      for (const c of convertSiteConfig(readSiteFile(text)).clusters) {
        if (!c.text) continue
        expect(fileKind(readSiteFile(c.text))).toBe('ClusterInstance')
        const fresh = [...errorRules(c.text)].filter((r) => !source.has(r))
        expect([c.clusterName, fresh]).toEqual([c.clusterName, []])
      }
    },
  )
})
