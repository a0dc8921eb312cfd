/**
 * The long fuzz run: `npm run fuzz [-- --runs N] [-- --seed S] [-- --write]`. The seed is random
 * unless given and is printed, so any failure replays; `--write` puts the figures into
 * docs/RELIABILITY.md between the fuzz markers.
 */
import fc from 'fast-check'
import { readFileSync, writeFileSync } from 'node:fs'
import { corpus } from '../src/fuzz/corpus.ts'
import { BOUND_MS, caseArb, caseJson, newStats, runCase } from '../src/fuzz/property.ts'

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
const secs = (performance.now() - t0) / 1000
console.log(JSON.stringify({ ...stats, seconds: Math.round(secs) }, null, 2))
const lines = [
  `Last long run (${new Date().toISOString().slice(0, 10)}): seed ${seed}, ${details.numRuns.toLocaleString('en')} of ${runs.toLocaleString('en')} cases, ${Math.round(secs)} s, ${stats.calls.toLocaleString('en')} timed calls (bound ${BOUND_MS} ms; slowest ${Math.round(stats.slowest.ms)} ms, ${stats.slowest.label}).`,
  `Refused at decode: ${stats.refused}; not workable after reading (forms read-only): ${stats.unworkable}; inverse commands checked: ${stats.inverses}; edits refused with a message (EditError): ${Object.values(stats.handled).reduce((a, b) => a + b, 0)}.`,
  `Known bugs stepped around: ${JSON.stringify(stats.skippedKnown)}.`,
  `Edits of mutated files whose text does not read back as their data: ${stats.softCount} (first of each kind below).`,
  ...stats.soft.map((f) => `- ${f.message}: \`${f.case}\``),
]
if (details.failed) {
  const ce = details.counterexample?.[0] as Parameters<typeof caseJson>[0]
  lines.push(
    `FAILED after ${details.numRuns} cases: ${String(details.errorInstance)}`,
    `Minimal case (replay with --seed ${seed}): \`${caseJson(ce)}\``,
  )
  process.exitCode = 1
}
console.log(lines.join('\n'))
if (process.argv.includes('--write')) {
  const path = 'docs/RELIABILITY.md'
  const doc = readFileSync(path, 'utf8')
  const block = `<!-- fuzz:begin -->\n${lines.join('\n\n')}\n<!-- fuzz:end -->`
  writeFileSync(path, doc.replace(/<!-- fuzz:begin -->[\s\S]*<!-- fuzz:end -->/, block))
}
