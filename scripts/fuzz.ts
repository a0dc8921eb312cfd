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
// chunks with seeds seed, seed+1, …: a failure is shrunk and recorded, and the run goes on
const CHUNK = 1000
const failures: Array<{ seed: number; message: string; case: string }> = []
let done = 0
for (let i = 0; done < runs; i++) {
  const n = Math.min(CHUNK, runs - done)
  const d = fc.check(
    fc.property(caseArb(texts.length), (c) => runCase(texts, c, stats)),
    { seed: seed + i, numRuns: n },
  )
  done += d.failed ? d.numRuns : n
  if (d.failed) {
    const message = String(d.errorInstance).replace(/^Error: /, '')
    const ce = caseJson(d.counterexample?.[0] as Parameters<typeof caseJson>[0])
    failures.push({ seed: seed + i, message, case: ce })
    console.log(`failure (seed ${seed + i}): ${message}\n  ${ce}`)
  }
}
const secs = (performance.now() - t0) / 1000
console.log(JSON.stringify({ ...stats, seconds: Math.round(secs) }, null, 2))
const lines = [
  `Last long run (${new Date().toISOString().slice(0, 10)}): seed ${seed}, ${done.toLocaleString('en')} cases (${failures.length} failing chunks of ${CHUNK}), ${Math.round(secs)} s, ${stats.calls.toLocaleString('en')} timed calls (bound ${BOUND_MS} ms; slowest ${Math.round(stats.slowest.ms)} ms, ${stats.slowest.label}).`,
  `Refused at decode: ${stats.refused}; not workable after reading (forms read-only): ${stats.unworkable}; inverse commands checked: ${stats.inverses}; edits refused with a message (EditError): ${Object.values(stats.handled).reduce((a, b) => a + b, 0)}.`,
  `Known bugs stepped around: ${JSON.stringify(stats.skippedKnown)}.`,
  `Edits of mutated files whose text does not read back as their data: ${stats.softCount} (first of each kind below).`,
  ...stats.soft.map((f) => `- ${f.message}: \`${f.case}\``),
]
lines.push(
  failures.length
    ? `Failures (each shrunk; replay a case with \`runCase\`, or its chunk with --seed S --runs ${CHUNK}):`
    : 'Failures: none.',
  ...failures.map((f) => `- seed ${f.seed}: ${f.message}: \`${f.case}\``),
)
if (failures.length) process.exitCode = 1
console.log(lines.join('\n'))
if (process.argv.includes('--write')) {
  const path = 'docs/RELIABILITY.md'
  const doc = readFileSync(path, 'utf8')
  const block = `<!-- fuzz:begin -->\n${lines.join('\n\n')}\n<!-- fuzz:end -->`
  writeFileSync(path, doc.replace(/<!-- fuzz:begin -->[\s\S]*<!-- fuzz:end -->/, block))
}
