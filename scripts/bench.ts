/**
 * `npm run bench`: read, one edit + write-back, and validate on generated SiteConfigs of 1, 10, 100
 * and 1,000 nodes, with js-yaml `load` of the same text as the yardstick. Medians of several runs;
 * load, read and read + validate take turns, so a busy minute slows all three alike.
 */
import jsyaml from 'js-yaml'
import { setIn } from '../src/core/document/edit.ts'
import { readSiteFile } from '../src/core/document/siteFile.ts'
import { summarizeChanges } from '../src/core/review/changes.ts'
import { unifiedPatch } from '../src/core/review/patch.ts'
import { revertChange } from '../src/core/review/revert.ts'
import { validate } from '../src/core/validate/validate.ts'
import { renderFile } from '../src/core/render/render.ts'
import { generate, generateCi } from './generate.ts'

function median(fn: () => void, runs: number): number {
  fn()
  const t: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    t.push(performance.now() - t0)
  }
  t.sort((a, b) => a - b)
  return t[Math.floor(t.length / 2)] as number
}

/**
 * Medians of several functions timed in turn, one run of each per round: on a shared machine
 * each sees the same minutes of load, so their ratio holds where separate medians drifted.
 */
function interleaved(fns: Array<() => void>, runs: number): number[] {
  const t: number[][] = fns.map(() => [])
  for (let r = -1; r < runs; r++)
    fns.forEach((fn, i) => {
      const t0 = performance.now()
      fn()
      if (r >= 0) t[i]!.push(performance.now() - t0) // round -1 warms up
    })
  return t.map((s) => s.sort((a, b) => a - b)[Math.floor(s.length / 2)] as number)
}

const rows = [
  '| nodes | size | js-yaml load | read | read + validate | ratio | one edit + write-back | diagnostics |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|',
]
for (const n of [1, 10, 100, 1000]) {
  const text = generate(n)
  const runs = n >= 1000 ? 7 : 15
  let diags = 0
  const [load, read, rv] = interleaved(
    [
      () => jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }),
      () => readSiteFile(text),
      () => void (diags = validate(readSiteFile(text)).length),
    ],
    runs,
  ) as [number, number, number]
  const file = readSiteFile(text)
  const last = Math.ceil(n / 10) - 1
  const path = ['spec', 'clusters', last, 'nodes', (n - 1) % 10, 'bootMode']
  let i = 0
  const edit = median(() => void setIn(file, path, `UEFI-${i++}`), runs)
  const kb = (text.length / 1024).toFixed(0)
  rows.push(
    `| ${n} | ${kb} KB | ${load.toFixed(2)} ms | ${read.toFixed(2)} ms | ${rv.toFixed(2)} ms | ${(rv / load).toFixed(2)}× | ${edit.toFixed(2)} ms | ${diags} |`,
  )
}
console.log(rows.join('\n'))

// the Diff tab: summary and patch after one edit on the last node (what a review costs)
const review = [
  '| nodes | change summary | unified patch | revert one item |',
  '|---:|---:|---:|---:|',
]
for (const n of [100, 1000]) {
  const before = readSiteFile(generate(n))
  const last = Math.ceil(n / 10) - 1
  const after = setIn(
    before,
    ['spec', 'clusters', last, 'nodes', (n - 1) % 10, 'bootMode'],
    'legacy',
  )
  const runs = n >= 1000 ? 5 : 11
  const groups = summarizeChanges(before, after)
  const item = groups[groups.length - 1]!.items[0]!
  const sum = median(() => void summarizeChanges(before, after), runs)
  const patch = median(() => void unifiedPatch('site.yaml', before.text, after.text), runs)
  const rev = median(() => void revertChange(after, before, item), runs)
  review.push(`| ${n} | ${sum.toFixed(1)} ms | ${patch.toFixed(1)} ms | ${rev.toFixed(1)} ms |`)
}
console.log('\n' + review.join('\n'))

// the Resources tab: rendering the whole file as the hub would (goal: under 300 ms at 1,000 nodes)
const rendering = [
  '| kind | nodes | render | read + render | resources |',
  '|---|---:|---:|---:|---:|',
]
for (const [kind, text] of [
  ['SiteConfig', generate(1000)],
  ['ClusterInstance (ACM 2.14)', generateCi(1000)],
] as const) {
  let count = 0
  const file = readSiteFile(text)
  const alone = median(() => void (count = renderFile(file)?.resources.length ?? 0), 7)
  const ms = median(() => void renderFile(readSiteFile(text)), 7)
  rendering.push(`| ${kind} | 1000 | ${alone.toFixed(1)} ms | ${ms.toFixed(1)} ms | ${count} |`)
}
console.log('\n' + rendering.join('\n'))
