/** The smallest single replacement that turns `a` into `b` (common prefix and suffix kept). */
export interface TextEdit {
  start: number
  end: number
  text: string
}

export function minimalEdit(a: string, b: string): TextEdit | null {
  if (a === b) return null
  const max = Math.min(a.length, b.length)
  let p = 0
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++
  let s = 0
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++
  return { start: p, end: a.length - s, text: b.slice(p, b.length - s) }
}
