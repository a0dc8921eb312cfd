/**
 * Writes a changed JSON value back into its original text, keeping the text's own layout: a
 * pretty block stays pretty (only the changed members are touched, via jsonc-parser's `modify`),
 * a one-liner stays one line.
 */
import { applyEdits, modify } from 'jsonc-parser'
import type { JSONPath } from 'jsonc-parser'
import { deepEqual, parseJson } from './json.ts'

type Op = { path: JSONPath; value: unknown; insert?: boolean }

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function diffOps(a: unknown, b: unknown, path: JSONPath, ops: Op[]): void {
  if (deepEqual(a, b)) return
  if (isObj(a) && isObj(b)) {
    for (const k of Object.keys(a))
      if (!(k in b)) ops.push({ path: [...path, k], value: undefined })
    for (const [k, v] of Object.entries(b)) {
      if (k in a) diffOps(a[k], v, [...path, k], ops)
      else ops.push({ path: [...path, k], value: v })
    }
    return
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    // items removed without reordering: drop them, last first, so indexes stay valid
    if (b.length < a.length && isSubsequence(b, a)) {
      const keep = matchSubsequence(b, a)
      for (let i = a.length - 1; i >= 0; i--)
        if (!keep.has(i)) ops.push({ path: [...path, i], value: undefined })
      return
    }
    const common = Math.min(a.length, b.length)
    for (let i = 0; i < common; i++) diffOps(a[i], b[i], [...path, i], ops)
    for (let i = a.length - 1; i >= common; i--) ops.push({ path: [...path, i], value: undefined })
    for (let i = common; i < b.length; i++)
      ops.push({ path: [...path, i], value: b[i], insert: true })
    return
  }
  ops.push({ path, value: b })
}

function matchSubsequence(sub: unknown[], all: unknown[]): Set<number> {
  const keep = new Set<number>()
  let j = 0
  for (let i = 0; i < all.length && j < sub.length; i++) {
    if (deepEqual(all[i], sub[j])) {
      keep.add(i)
      j++
    }
  }
  return keep
}

function isSubsequence(sub: unknown[], all: unknown[]): boolean {
  return matchSubsequence(sub, all).size === sub.length
}

export interface JsonLayout {
  multiline: boolean
  indent: number
  colon: string
  comma: string
}

export function detectLayout(text: string): JsonLayout {
  const lines = text.trim().split('\n')
  const indents = lines.slice(1).map((l) => /^ */.exec(l)?.[0].length ?? 0)
  const steps = indents.map((n, i) => n - (indents[i - 1] ?? n)).filter((d) => d > 0)
  return {
    multiline: lines.length > 1,
    indent: steps.length ? Math.min(...steps) : 2,
    colon: /"\s*:\s+/.test(text) ? ': ' : ':',
    comma: /[}\]"\d el],\s+["{[\d tfn]/.test(text) && lines.length === 1 ? ', ' : ',',
  }
}

/** JSON.stringify on one line with the given separators. */
export function stringifyCompact(v: unknown, layout: Pick<JsonLayout, 'colon' | 'comma'>): string {
  if (Array.isArray(v)) return `[${v.map((x) => stringifyCompact(x, layout)).join(layout.comma)}]`
  if (isObj(v))
    return `{${Object.entries(v)
      .map(([k, x]) => `${JSON.stringify(k)}${layout.colon}${stringifyCompact(x, layout)}`)
      .join(layout.comma)}}`
  return JSON.stringify(v) ?? 'null'
}

/** `oldText` rewritten to hold `value`, changing as little of its text as it can. */
export function writeJsonLike(oldText: string, value: unknown): string {
  let old: unknown
  try {
    old = oldText.trim() === '' ? undefined : parseJson(oldText)
  } catch {
    old = undefined
  }
  if (old !== undefined && deepEqual(old, value)) return oldText
  const layout = detectLayout(oldText)
  if (old === undefined || !layout.multiline) {
    if (old === undefined && oldText.trim() === '') return JSON.stringify(value, null, 2)
    const lead = /^\s*/.exec(oldText)?.[0] ?? ''
    const trail = /\s*$/.exec(oldText)?.[0] ?? ''
    return lead + stringifyCompact(value, layout) + trail
  }
  const ops: Op[] = []
  diffOps(old, value, [], ops)
  const eol = oldText.includes('\r\n') ? '\r\n' : '\n'
  let text = oldText
  for (const op of ops) {
    const edits = modify(text, op.path, op.value, {
      isArrayInsertion: op.insert ?? false,
      formattingOptions: { tabSize: layout.indent, insertSpaces: true, eol },
    })
    text = applyEdits(text, edits)
  }
  return text
}
