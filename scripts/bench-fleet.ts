/**
 * The repository half of `npm run bench` (issue 16): the bundled CLI's start-up (`validate` of the
 * seed, against `node -e 0`), `validate DIR` of 3,000 generated site files (2,400 three-node
 * SiteConfigs, 600 ClusterInstances, ~45 MB) with wall time and peak memory, js-yaml `load` of the
 * same files beside it, and in headless Chromium Open folder of that tree until every row is in.
 * Writes the tree once to $TMPDIR/scs-bench-fleet (a git checkout, so the app reads HEAD too).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateRepo, writeRepo } from '../src/test/fleetRepo.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'bin/siteconfig-studio.cjs')
const seed = join(root, '../shared/fixtures/seed-example.yaml')
const RUNS = 20

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!

function wall(cmd: string, args: string[]): number {
  const t = performance.now()
  spawnSync(cmd, args, { stdio: 'ignore' })
  return performance.now() - t
}

/** wall seconds and peak RSS (MB, threads included) of one run, from GNU time */
function timed(args: string[]): { s: number; mb: number; code: number } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  })
  const [s, kb] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number)
  return { s: s!, mb: kb! / 1024, code: r.status ?? -1 }
}

function tree(): string {
  const dir = join(tmpdir(), 'scs-bench-fleet')
  if (!existsSync(join(dir, '.git'))) {
    const made = writeRepo(generateRepo(2400, 600, true, 3).files)
    execFileSync('mv', [made, dir])
  }
  return dir
}

function sizeOf(dir: string): { files: number; mb: number } {
  let files = 0
  let bytes = 0
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.git') continue
      const p = join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (p.endsWith('.yaml')) {
        files++
        bytes += statSync(p).size
      }
    }
  }
  walk(dir)
  return { files, mb: bytes / 1e6 }
}

execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { stdio: 'inherit' })
// the package as npm installs it: bin/ and dist-cli/ without the sources, so no freshness check
const pkg = mkdtempSync(join(tmpdir(), 'scs-bench-pkg-'))
for (const d of ['bin', 'dist-cli', 'package.json'])
  cpSync(join(root, d), join(pkg, d), { recursive: true })
const installedBin = join(pkg, 'bin/siteconfig-studio.cjs')
// alternated, so that a neighbour's burst of load falls on all three alike
const startNode: number[] = []
const startCli: number[] = []
const startInstalled: number[] = []
for (let i = 0; i < RUNS; i++) {
  startNode.push(wall(process.execPath, ['-e', '0']))
  startCli.push(wall(process.execPath, [bin, 'validate', seed]))
  startInstalled.push(wall(process.execPath, [installedBin, 'validate', seed]))
}
const dir = tree()
const { files, mb } = sizeOf(dir)
const jsyaml =
  `const fs=require('fs'),p=require('path'),y=require(${JSON.stringify(join(root, 'node_modules/js-yaml'))});` +
  `const w=(d)=>{for(const e of fs.readdirSync(d,{withFileTypes:true})){if(e.name==='.git')continue;const f=p.join(d,e.name);` +
  `if(e.isDirectory())w(f);else if(f.endsWith('.yaml'))y.load(fs.readFileSync(f,'utf8'))}};w(${JSON.stringify(dir)})`
const rows = [
  `Machine: load ${loadavg()[0]!.toFixed(2)} (1 min) at the start; ${files} site and kustomization files, ${mb.toFixed(1)} MB.`,
  '',
  '| measurement | median | p95 / peak memory |',
  '|---|---:|---:|',
  `| \`node -e 0\` (${RUNS} runs) | ${pct(startNode, 0.5).toFixed(0)} ms | ${pct(startNode, 0.95).toFixed(0)} ms |`,
  `| \`validate\` of the seed, bundled CLI in this checkout (${RUNS} runs) | ${pct(startCli, 0.5).toFixed(0)} ms | ${pct(startCli, 0.95).toFixed(0)} ms |`,
  `| \`validate\` of the seed, installed package layout (${RUNS} runs) | ${pct(startInstalled, 0.5).toFixed(0)} ms | ${pct(startInstalled, 0.95).toFixed(0)} ms |`,
]
for (const [label, args] of [
  ['js-yaml `load` of the same files, one thread', ['-e', jsyaml]],
  ['`validate DIR`, one thread (`--jobs 1`)', [bin, 'validate', dir, '--jobs', '1']],
  ['`validate DIR` (default threads: one on this two-core machine)', [bin, 'validate', dir]],
  ['`validate DIR --format sarif`', [bin, 'validate', dir, '--format', 'sarif']],
] as const) {
  const runs = [0, 1, 2].map(() => timed([...args]))
  const s = runs.map((r) => r.s)
  rows.push(
    `| ${label} (3 runs) | ${pct(s, 0.5).toFixed(2)} s | ${Math.max(...runs.map((r) => r.mb)).toFixed(0)} MB |`,
  )
}
console.log(rows.join('\n'))
// the browser half reads the same tree
console.log(`\nBENCH_FLEET_DIR=${dir}`)
