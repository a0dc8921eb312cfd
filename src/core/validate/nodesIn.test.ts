/** The node list rules walk is made once per validation and equals nodesOf. */
import { describe, expect, it } from 'vitest'
import { readSiteFile } from '../document/siteFile.ts'
import { generate } from '../../../scripts/generate.ts'
import { ValidationCache } from './cache.ts'
import { nodesIn, nodesOf } from './context.ts'
import type { RuleContext } from './context.ts'

describe('nodesIn', () => {
  it('gives one list per validation, the one nodesOf makes', () => {
    const data = readSiteFile(generate(12)).docs[0]!.data as Record<string, unknown>
    const ctx = { data, cache: new ValidationCache() } as RuleContext
    const first = nodesIn(ctx)
    expect(nodesIn({ ...ctx })).toBe(first)
    expect(first).toEqual(nodesOf(data))
    expect(first.length).toBe(12)
    // another validation (another cache) makes its own
    expect(nodesIn({ ...ctx, cache: new ValidationCache() })).not.toBe(first)
  })
})
