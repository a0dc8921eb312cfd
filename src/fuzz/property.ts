/**
 * One fuzz case: a mutated fixture goes through decode, read and validate, then a few named
 * commands; each step checks the invariants the app promises (see docs/RELIABILITY.md).
 */
import fc from 'fast-check'
import { isDeepStrictEqual } from 'node:util'
import { decodeBytes } from '../core/document/decode.ts'
import { EditError } from '../core/document/editContext.ts'
import { readSiteFile } from '../core/document/siteFile.ts'
import type { SiteFile } from '../core/document/siteFile.ts'
import { validate } from '../core/validate/validate.ts'
import { isWorkable } from '../state/createDocumentSlice.ts'
import { checkHistory } from './historyCheck.ts'
import { knownBug } from './known.ts'
import { mutateText, mutations, toBytes } from './mutate.ts'
import type { Mutation } from './mutate.ts'
import { OPS } from './ops.ts'
import { opSpec } from './values.ts'
import { Violation } from './violation.ts'
import type { OpSpec } from './values.ts'

/** Each call must finish within this (the bound for hostile input is 3 s). */
export const BOUND_MS = 2000

export interface Case {
  fixture: number
  mutations: Mutation[]
  ops: OpSpec[]
  release: boolean
}

export const caseArb = (fixtures: number): fc.Arbitrary<Case> =>
  fc.record({
    fixture: fc.nat({ max: fixtures - 1 }),
    mutations,
    ops: fc.array(opSpec(OPS.length), { maxLength: 4 }),
    release: fc.boolean(),
  })

export interface Stats {
  cases: number
  calls: number
  refused: number
  unworkable: number
  inverses: number
  slowest: { label: string; ms: number }
  handled: Record<string, number>
  skippedKnown: Record<string, number>
  /** edits of mutated files whose text does not read back as their data (first of each kind) */
  soft: Array<{ message: string; case: string }>
  softCount: number
}

export const newStats = (): Stats => ({
  cases: 0,
  calls: 0,
  refused: 0,
  unworkable: 0,
  inverses: 0,
  slowest: { label: '', ms: 0 },
  handled: {},
  skippedKnown: {},
  soft: [],
  softCount: 0,
})

function timed<T>(stats: Stats, label: string, fn: () => T): T {
  const t = performance.now()
  stats.calls++
  let r: { ok: true; v: T } | { ok: false; e: unknown }
  try {
    r = { ok: true, v: fn() }
  } catch (e) {
    r = { ok: false, e }
  }
  const ms = performance.now() - t
  if (ms > stats.slowest.ms) stats.slowest = { label, ms }
  if (ms > BOUND_MS) throw new Violation(`${label} took ${Math.round(ms)} ms (bound ${BOUND_MS})`)
  if (!r.ok) throw r.e
  return r.v
}

const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1)

/** Structural equality of read YAML data (NaN equals NaN; prototypes do not matter). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  if (ka.length !== Object.keys(b).length) return false
  return ka.every((k) => Object.hasOwn(b, k) && sameData((a as never)[k], (b as never)[k]))
}

/**
 * The data an edit claims must be what its text reads back as, so the forms show what is written.
 * Hard on the real fixtures; on mutated ones a break is recorded (`soft`), not fatal, because the
 * outline's known gaps on broken YAML would otherwise stop every long run at the first one.
 */
function checkCoherent(stats: Stats, name: string, out: SiteFile, c: Case): boolean {
  const re = timed(stats, `${name}: read again`, () => readSiteFile(out.text))
  let why = ''
  if (!isWorkable(re)) why = `${name} wrote YAML that does not read back`
  else if (
    re.docs.length !== out.docs.length ||
    re.docs.some((d, i) => !sameData(d.data, out.docs[i]?.data))
  )
    why = `${name}: the data it claims differs from what its text reads back as`
  if (!why) return false
  if (c.mutations.length === 0) throw new Violation(why)
  if (!stats.soft.some((f) => f.message === why) && stats.soft.length < 10)
    stats.soft.push({ message: why, case: caseJson(c) })
  stats.softCount++
  return true
}

function checkInverse(
  stats: Stats,
  name: string,
  before: SiteFile,
  out: SiteFile,
  inverse: (f: SiteFile) => SiteFile,
) {
  const undone = timed(stats, `${name}: inverse`, () => inverse(out))
  stats.inverses++
  if (undone.text !== before.text)
    throw new Violation(`${name} then the command setting the old value back changed the bytes`)
}

/** A case as JSON that survives copying: every non-ASCII character escaped. */
export const caseJson = (c: Case) =>
  JSON.stringify(c).replace(
    /[^\x20-\x7e]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )

export function runCase(texts: readonly string[], c: Case, stats: Stats): void {
  stats.cases++
  const text0 = mutateText(texts[c.fixture % texts.length] as string, c.mutations)
  const bytes = toBytes(text0, c.mutations)
  const decoded = timed(stats, 'decodeBytes', () => decodeBytes(bytes))
  if ('error' in decoded) return void stats.refused++
  const text = decoded.text
  const file = timed(stats, 'readSiteFile', () => readSiteFile(text))
  if (file.text !== text) throw new Violation('readSiteFile changed the text')
  const back = new TextEncoder().encode(file.text)
  if (!isDeepStrictEqual(back, bytes))
    throw new Violation('unedited file is not written back byte-identical')
  timed(stats, 'validate', () => validate(file, c.release ? { release: '4.14' } : {}))
  if (!isWorkable(file)) return void stats.unworkable++
  const seen: SiteFile[] = [file]
  let cur = file
  for (const s of c.ops) {
    const op = OPS[s.cmd % OPS.length] as (typeof OPS)[number]
    let r: ReturnType<typeof op.run>
    try {
      r = timed(stats, op.name, () => op.run(cur, s, file))
    } catch (e) {
      if (e instanceof Violation) throw e
      const bug = knownBug(op.name, cur, e, s.v)
      if (bug) return void bump(stats.skippedKnown, bug)
      if (e instanceof EditError) {
        bump(stats.handled, op.name)
        continue
      }
      throw new Violation(`${op.name} threw ${(e as Error)?.constructor?.name}: ${String(e)}`)
    }
    if (!r) continue
    const out = r.out
    try {
      // after a recorded break the data is not the text's: later steps would only repeat it
      if (checkCoherent(stats, op.name, out, c)) return
      timed(stats, `validate after ${op.name}`, () => validate(out))
      if (r.inverse) checkInverse(stats, op.name, cur, out, r.inverse)
    } catch (e) {
      const bug =
        e instanceof Violation && !/ took \d+ ms/.test(e.message) && knownBug(op.name, cur, e, s.v)
      if (bug) return void bump(stats.skippedKnown, bug)
      throw e
    }
    if (out.text !== cur.text) seen.push(out)
    cur = out
  }
  checkHistory(seen, c.ops.length)
}
