/** Field-level comparison for the summary: leaf changes with their places, items paired by name. */
import { parseJson } from '../codecs/json.ts'
import type { Path } from '../document/path.ts'
import { getIn } from '../document/path.ts'
import type { ChangeItem, Loc } from './types.ts'
import { describeChange } from './describe.ts'

export type Obj = Record<string, unknown>
export const asObj = (v: unknown): Obj =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {}
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
export const without = (o: Obj, keys: readonly string[]) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)))

/** Pairs items by name, then the unnamed rest in order (a renamed cluster stays one cluster). */
export function pairByName(a: unknown[], b: unknown[], key: string) {
  const nameOf = (x: unknown) => asObj(x)[key]
  const pairs: Array<[number, number]> = []
  const usedB = new Set<number>()
  const restA: number[] = []
  a.forEach((x, i) => {
    const n = nameOf(x)
    const j = n === undefined ? -1 : b.findIndex((y, k) => !usedB.has(k) && nameOf(y) === n)
    if (j >= 0) {
      pairs.push([i, j])
      usedB.add(j)
    } else restA.push(i)
  })
  const restB = b.map((_, j) => j).filter((j) => !usedB.has(j))
  const k = Math.min(restA.length, restB.length)
  for (let i = 0; i < k; i++) pairs.push([restA[i] as number, restB[i] as number])
  return {
    pairs: pairs.sort((x, y) => x[1] - y[1]),
    removed: restA.slice(k),
    added: restB.slice(k),
  }
}

// JSON held in a string: compared member by member, so the summary names what changed inside
const JSON_FIELDS = ['installConfigOverrides']

function parsedJson(v: unknown): unknown {
  if (typeof v !== 'string') return undefined
  try {
    return parseJson(v)
  } catch {
    return undefined
  }
}

/** A change's place: a document path, or a JSON path inside one of the JSON_FIELDS strings. */
function locOf(side: Obj, base: Path, at: Path): Loc[] {
  if (getIn(side, at) === undefined) return []
  const [head, ...rest] = at
  return typeof head === 'string' && JSON_FIELDS.includes(head) && rest.length
    ? [{ path: [...base, head], json: rest }]
    : [{ path: [...base, ...at] }]
}

export function fieldItems(a: Obj, b: Obj, was: Path, now: Path): ChangeItem[] {
  const [x, y] = [{ ...a }, { ...b }]
  for (const k of JSON_FIELDS) {
    const [ja, jb] = [parsedJson(a[k]), parsedJson(b[k])]
    if (a[k] !== b[k] && ja !== undefined && jb !== undefined) [x[k], y[k]] = [ja, jb]
  }
  return describeChange(x, y).map((c) => ({
    text: c.text,
    now: locOf(y, now, c.at),
    was: locOf(x, was, c.at),
  }))
}
