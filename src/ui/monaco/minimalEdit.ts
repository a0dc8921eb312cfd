/** The smallest single replacement that turns `a` into `b` (common prefix and suffix kept). */
export interface TextEdit {
  start: number
  end: number
  text: string
}

// compare big blocks with native string equality first, then narrow down: a 4 MB document is
// compared on every keystroke, and a character loop over it costs tens of milliseconds
const BLOCKS = [65536, 4096, 256, 16, 1]

function commonPrefix(a: string, b: string, max: number): number {
  let p = 0
  for (const n of BLOCKS) while (p + n <= max && a.slice(p, p + n) === b.slice(p, p + n)) p += n
  return p
}

function commonSuffix(a: string, b: string, max: number): number {
  let s = 0
  const ea = a.length
  const eb = b.length
  for (const n of BLOCKS)
    while (s + n <= max && a.slice(ea - s - n, ea - s) === b.slice(eb - s - n, eb - s)) s += n
  return s
}

export function minimalEdit(a: string, b: string): TextEdit | null {
  if (a === b) return null
  const max = Math.min(a.length, b.length)
  const p = commonPrefix(a, b, max)
  const s = commonSuffix(a, b, max - p)
  return { start: p, end: a.length - s, text: b.slice(p, b.length - s) }
}
