/** Text helpers for specs: lines are found by content, never by the seed's line numbers. */

export interface LineQuery {
  /** the first line holding the needle at or after the first line holding this */
  after?: string
}

/**
 * The 1-based line of `text` that holds `needle`. Without `after` the needle must be on exactly
 * one line, so a fixture that grows a second match fails loudly instead of moving the test.
 */
export function lineOf(text: string, needle: string, q: LineQuery = {}): number {
  const lines = text.split('\n')
  let from = 0
  if (q.after !== undefined) {
    from = lines.findIndex((l) => l.includes(q.after!))
    if (from < 0) throw new Error(`no line holds "${q.after}"`)
    const i = lines.findIndex((l, k) => k >= from && l.includes(needle))
    if (i < 0) throw new Error(`no line after "${q.after}" holds "${needle}"`)
    return i + 1
  }
  const hits = lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []))
  if (hits.length !== 1) throw new Error(`"${needle}" is on ${hits.length} lines, not one`)
  return hits[0]!
}

/** Lines (1-based) that differ between two texts of the same line count; [-1] if counts differ. */
export function changedLines(a: string, b: string): number[] {
  const x = a.split('\n')
  const y = b.split('\n')
  if (x.length !== y.length) return [-1]
  return x.flatMap((l, i) => (l === y[i] ? [] : [i + 1]))
}
