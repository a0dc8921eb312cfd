/** Cheap line helpers over a source string; offsets are UTF-16 indices into the whole text. */

// character codes, local: lineAt runs once per line of every lookup
const TAB = 0x09
const CR = 0x0d
const SPACE = 0x20
const HASH = 0x23 // #

export interface Line {
  start: number
  /** offset of the line's end, before '\n' (or '\r\n') */
  end: number
  /** offset of the next line's start (= text.length at the end) */
  next: number
  /** number of leading spaces */
  indent: number
  /** blank, or only a comment */
  empty: boolean
}

export function lineAt(text: string, start: number): Line {
  let i = start
  while (text.charCodeAt(i) === SPACE) i++
  const nl = text.indexOf('\n', i)
  const next = nl < 0 ? text.length : nl + 1
  let end = nl < 0 ? text.length : nl
  if (end > start && text.charCodeAt(end - 1) === CR) end--
  const c = text.charCodeAt(i)
  const empty = i >= end || c === HASH || (c === TAB && text.slice(i, end).trim() === '')
  return { start, end, next, indent: i - start, empty }
}

export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

/** 1-based line and column of an offset. */
export function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let i = text.indexOf('\n')
  while (i >= 0 && i < offset) {
    line++
    i = text.indexOf('\n', i + 1)
  }
  return { line, column: offset - lineStartOf(text, offset) + 1 }
}

/** Offset of a 1-based line:column. */
export function offsetOf(text: string, line: number, column: number): number {
  let start = 0
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', start)
    if (nl < 0) return text.length
    start = nl + 1
  }
  return Math.min(start + column - 1, text.length)
}

/** The newline the file uses ('\r\n' when its first line ends so). */
export function newlineOf(text: string): string {
  const nl = text.indexOf('\n')
  return nl > 0 && text.charCodeAt(nl - 1) === CR ? '\r\n' : '\n'
}

/**
 * line:column lookups for many offsets of one text: line starts are found once, then each lookup
 * is a binary search (lineCol scans from the top each time, fine for one lookup only).
 */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 }
  }
}
