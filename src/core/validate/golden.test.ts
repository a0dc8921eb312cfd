import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { allFixtures } from '../../test/fixtures.ts'
import { goldenName, goldenText } from './golden.ts'

const DIR = new URL('./golden/', import.meta.url)

// recorded with `npm run golden` and reviewed by hand; a change here is a change in what users see
describe('findings on every fixture match the reviewed golden files', () => {
  it.each(allFixtures())('$name', ({ name, text }) => {
    const file = new URL(goldenName(name), DIR)
    expect(existsSync(file), `golden file for ${name} (run npm run golden)`).toBe(true)
    expect(goldenText(text)).toBe(readFileSync(file, 'utf8'))
  })

  it('the official examples have no errors; the invalid fixture has the shape error its notes describe', () => {
    for (const f of allFixtures()) {
      const errors = goldenText(f.text)
        .split('\n')
        .filter((l) => / error /.test(l))
      if (f.name.includes('argocd__example__siteconfig')) expect(errors, f.name).toEqual([])
      if (f.name.endsWith('site1-err.yaml'))
        expect(errors.join('\n')).toContain('spec.clusters must be a list, got a mapping')
    }
  })
})
