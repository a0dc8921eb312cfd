import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// where clusters and nodes live is the site model's knowledge (site/siteModel.ts), not the rules'
describe('validation asks the site model for document paths', () => {
  it("no rule writes 'clusters' by hand", () => {
    const dir = new URL('./', import.meta.url)
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    )
    expect(files.length).toBeGreaterThan(20)
    const hand = files.filter((f) => readFileSync(new URL(f, dir), 'utf8').includes("'clusters'"))
    expect(hand).toEqual([])
  })
})
