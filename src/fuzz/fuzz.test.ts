/**
 * The default fuzz run (item 18): mutated real fixtures through decode, read, validate, every
 * named command, the inverse command and undo/redo, with a fixed seed so a failure replays.
 * `npm run fuzz` is the long run; docs/RELIABILITY.md has its figures.
 */
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { corpus } from './corpus.ts'
import { caseArb, newStats, runCase } from './property.ts'

const SEED = 20261201
const RUNS = 2000
const texts = corpus().map((s) => s.text)

it(`${RUNS} mutated fixtures keep every invariant (seed ${SEED})`, () => {
  const stats = newStats()
  fc.assert(
    fc.property(caseArb(texts.length), (c) => runCase(texts, c, stats)),
    { seed: SEED, numRuns: RUNS },
  )
  // the run must have exercised the commands and their inverses, not only refused input
  expect(stats.calls).toBeGreaterThan(RUNS * 3)
  expect(stats.inverses).toBeGreaterThan(RUNS / 20)
}, 120_000)

it('every fixture, unmutated, reads back byte-identical and survives every command', () => {
  const stats = newStats()
  fc.assert(
    fc.property(
      caseArb(texts.length).map((c) => ({ ...c, mutations: [] })),
      (c) => runCase(texts, c, stats),
    ),
    { seed: SEED + 1, numRuns: 300 },
  )
  expect(stats.refused).toBe(0)
  expect(stats.inverses).toBeGreaterThan(20)
}, 120_000)
