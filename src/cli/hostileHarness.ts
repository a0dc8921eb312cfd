/**
 * The harness of hostile.test.ts: a fresh directory per row (a git repository `repo/` beside a
 * directory `outside/` holding secrets), the row shape, and what every answer must obey.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Seams } from './main.ts'
import { main } from './main.ts'

export interface Dir {
  repo: string
  outside: string
  /** writes `repo/rel` (or an absolute path) and returns its path */
  put(rel: string, content: string | Buffer): string
  fifo(rel: string): string
  link(rel: string, target: string): string
}

export function freshDir(): Dir {
  const top = mkdtempSync(join(tmpdir(), 'scs-hostile-'))
  const repo = join(top, 'repo')
  const outside = join(top, 'outside')
  mkdirSync(join(repo, '.git'), { recursive: true })
  mkdirSync(outside)
  writeFileSync(join(outside, 'id_rsa'), 'SECRET-KEY-MATERIAL\n')
  writeFileSync(join(outside, 'known_hosts'), 'SECRET-HOST\n')
  const at = (rel: string) => {
    const p = rel.startsWith('/') ? rel : join(repo, rel)
    mkdirSync(dirname(p), { recursive: true })
    return p
  }
  return {
    repo,
    outside,
    put: (rel, content) => (writeFileSync(at(rel), content), at(rel)),
    fifo: (rel) => (execFileSync('mkfifo', [at(rel)]), at(rel)),
    link: (rel, target) => (symlinkSync(target, at(rel)), at(rel)),
  }
}

export interface Row {
  name: string
  /** builds the row's files and returns the command line */
  argv: (d: Dir) => string[]
  code: 0 | 1 | 2
  /** the output must match this */
  says?: RegExp
  /** and must not match this (a secret, the contents of a refused file) */
  never?: RegExp
  seams?: Seams
  /** also run through the built bin in a child process */
  bin?: boolean
}

/** The one-line row: `validate` on one file holding `text`. */
export const file = (
  name: string,
  text: string | Buffer,
  code: Row['code'],
  says?: RegExp,
): Row => ({
  name,
  argv: (d) => ['validate', d.put('site.yaml', text)],
  code,
  ...(says ? { says } : {}),
})

export async function run(argv: string[], seams: Seams = {}) {
  let out = ''
  const code = await main(
    argv,
    { stdout: (s) => void (out += s), stderr: (s) => void (out += s) },
    seams,
  )
  return { code, out }
}

export function obeysInvariants(code: number | null, out: string, row: Row) {
  expect(code, out.slice(0, 2000)).toBe(row.code)
  expect(Buffer.byteLength(out)).toBeLessThan(1 << 20)
  expect(out).not.toMatch(/\n\s+at \S+ \(?\S+:\d+:\d+\)?/)
  expect(out).not.toMatch(/^::/m)
  expect(out).not.toMatch(
    // eslint-disable-next-line no-control-regex
    /[\x1b\r\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/,
  )
  if (row.says) expect(out).toMatch(row.says)
  if (row.never) expect(out).not.toMatch(row.never)
}

const BIN = fileURLToPath(new URL('../../bin/siteconfig-studio.cjs', import.meta.url))

/** The built bin in a child process: exit status, stdout + stderr, wall time. */
export function spawnBin(argv: string[]) {
  const t0 = performance.now()
  const r = spawnSync(process.execPath, [BIN, ...argv], { encoding: 'utf8', timeout: 60_000 })
  return { code: r.status, out: r.stdout + r.stderr, ms: performance.now() - t0 }
}

/** Every row through main(), and the rows marked `bin` through the bin in a child process. */
export function describeRows(rows: Row[]) {
  describe('hostile input through main()', () => {
    it.each(rows.map((r) => [r.name, r]))('%s', async (_, row) => {
      const argv = row.argv(freshDir())
      const t0 = performance.now()
      const { code, out } = await run(argv, row.seams)
      const ms = performance.now() - t0
      obeysInvariants(code, out, row)
      expect(ms).toBeLessThan(3000)
    })
  })
  const viaBin = rows.filter((r) => r.bin)
  if (viaBin.length === 0) return
  describe('hostile input through the bin, in a child process', () => {
    it.each(viaBin.map((r) => [r.name, r]))(
      '%s',
      (_, row) => {
        const startUp = spawnBin(['--help']).ms
        const r = spawnBin(row.argv(freshDir()))
        obeysInvariants(r.code, r.out, row)
        expect(r.ms).toBeLessThan(startUp + 3000)
      },
      120_000,
    )
  })
}
