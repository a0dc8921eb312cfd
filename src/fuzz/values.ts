/** Values, keys and places for commands: picked from the parsed data so edits hit real paths. */
import fc from 'fast-check'
import type { Path } from '../core/document/path.ts'
import { HOSTILE } from './mutate.ts'

const hostileString = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 6 })), { maxLength: 4 })
  .map((a) => a.join(''))

const scalar = fc.oneof(
  hostileString,
  fc.constantFrom('', 'yes', 'no', 'on', '0755', '1e3', '0x10', '12:30', '2024-01-01', '~', 'null'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  // JSON in a string field: installerArgs and overrides are such strings
  fc.constantFrom('["--save-partlabel","data"]', '{"ignition":{"version":"3.2.0"}}', '[', '{'),
)

export const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: scalar },
  {
    weight: 1,
    arbitrary: fc.dictionary(hostileString.filter(Boolean), scalar, {
      maxKeys: 3,
      noNullPrototype: true,
    }),
  },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
)

export const key = fc.oneof(
  fc.constantFrom('extra', 'hostName', 'nodes', 'a.b', '<<', '"q"', '- x', 'k: v', '#c', '0'),
  hostileString.filter(Boolean),
)

/** One command invocation, as numbers resolved against the file it runs on. */
export interface OpSpec {
  cmd: number
  a: number
  b: number
  c: number
  v: unknown
  k: string
}

export const opSpec = (commands: number): fc.Arbitrary<OpSpec> =>
  fc.record({
    cmd: fc.nat({ max: commands - 1 }),
    a: fc.nat({ max: 100_000 }),
    b: fc.nat({ max: 100_000 }),
    c: fc.nat({ max: 100_000 }),
    v: value,
    k: key,
  })

export interface Place {
  path: Path
  value: unknown
}

/** Every path in the data with its value (at most `cap`, breadth-first so top levels come first). */
export function places(root: unknown, cap = 3000): Place[] {
  const out: Place[] = []
  const queue: Place[] = [{ path: [], value: root }]
  const seen = new Set<object>()
  while (queue.length && out.length < cap) {
    const p = queue.shift() as Place
    out.push(p)
    const v = p.value
    if (v === null || typeof v !== 'object' || seen.has(v)) continue
    seen.add(v)
    const entries = Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v)
    for (const [k, x] of entries) queue.push({ path: [...p.path, k], value: x })
  }
  return out.slice(1)
}

export const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length ? list[n % list.length] : undefined

/** Runs `go` on one of `from` (picked by `n`), or does nothing when there is none. */
export function onPlace<T>(from: Place[], n: number, go: (p: Place) => T | null) {
  const p = pick(from, n)
  return p ? go(p) : null
}
