import { describe, expect, it } from 'vitest'
import { allFixtures, ciFixtures } from '../../test/fixtures.ts'
import { generateRepo } from '../../test/fleetRepo.ts'
import { readSiteFile } from '../document/siteFile.ts'
import { SharedCache } from './cache.ts'
import { validate } from './validate.ts'

describe('a cache shared by the files of one run', () => {
  const files = [
    ...allFixtures(),
    ...ciFixtures(),
    // copies of one override at other places, and the seed with and without a release
    ...[...generateRepo(3, 3, false).files]
      .filter(([p]) => p.endsWith('.yaml') && !p.includes('kustomization'))
      .map(([name, text]) => ({ name, text })),
  ]

  it('gives every file the findings it gets alone, in either order, with and without a release', () => {
    for (const release of [undefined, '4.14']) {
      const opts = release ? { release } : {}
      const alone = files.map((f) => validate(readSiteFile(f.text), opts))
      for (const order of [files, [...files].reverse()]) {
        const shared = new SharedCache()
        for (const f of order) {
          const got = validate(readSiteFile(f.text), { ...opts, shared })
          expect(got, f.name).toEqual(alone[files.indexOf(f)])
        }
      }
    }
  })

  it('an override at the same offset in another file is checked for its own content', () => {
    // the seed, and the seed with its decimal modes fixed: the same length, so every override
    // starts at the same offset in both files
    const seed = allFixtures()[0]!.text
    const fixed = seed.replace(/"mode": 755/g, '"mode": 493')
    expect(fixed.length).toBe(seed.length)
    const rule = 'ign-mode-special-bits'
    const alone = validate(readSiteFile(fixed)).filter((d) => d.rule === rule)
    expect(alone).toEqual([])
    const shared = new SharedCache()
    expect(validate(readSiteFile(seed), { shared }).filter((d) => d.rule === rule)).toHaveLength(3)
    expect(validate(readSiteFile(fixed), { shared }).filter((d) => d.rule === rule)).toEqual([])
  })
})
