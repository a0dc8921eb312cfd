/**
 * The long fuzz run: `npm run fuzz [-- --runs N] [-- --seed S]` (seed random unless given; it is
 * printed so any failure can be replayed with the same seed).
 */
import fc from 'fast-check'
import { corpus } from '../src/fuzz/corpus.ts'
import { caseArb, caseJson, newStats, runCase } from '../src/fuzz/property.ts'

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : undefined
}
const runs = Number(arg('runs') ?? 100_000)
const seed = Number(arg('seed') ?? Math.floor(Math.random() * 2 ** 31))
const texts = corpus().map((s) => s.text)
const stats = newStats()
const t0 = performance.now()
console.log(`fuzz: ${runs} cases, seed ${seed}, ${texts.length} fixtures`)
const details = fc.check(
  fc.property(caseArb(texts.length), (c) => runCase(texts, c, stats)),
  { seed, numRuns: runs },
)
const secs = ((performance.now() - t0) / 1000).toFixed(1)
console.log(JSON.stringify({ ...stats, seconds: Number(secs) }, null, 2))
if (details.failed) {
  console.log(
    `FAILED after ${details.numRuns} cases (seed ${seed}, path ${details.counterexamplePath})`,
  )
  console.log(String(details.errorInstance))
  console.log(caseJson(details.counterexample?.[0] as never))
  process.exitCode = 1
} else console.log(`passed: ${details.numRuns} cases in ${secs} s`)
