/**
 * Line-level differences between the baseline and the current text (jsdiff), and reverting some
 * of them: the text is the truth, so a revert puts the baseline's own lines back, byte for byte.
 */
import { diffLines } from 'diff'

/** A changed run of lines: `oldLines` lines of the baseline at `oldStart` became `newLines` lines of the current text at `newStart` (0-based). */
export interface Hunk {
  oldStart: number
  oldLines: number
  newStart: number
  newLines: number
}

/** Lines with their terminators, so joining them gives the text back exactly. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

/**
 * The changed runs, finest first: a run replacing as many lines as it removes is split line by
 * line, so two neighbouring field edits stay two changes.
 */
export function lineHunks(before: string, after: string): Hunk[] {
  const out: Hunk[] = []
  let o = 0
  let n = 0
  let open: Hunk | null = null
  const close = () => {
    if (!open) return
    if (open.oldLines === open.newLines)
      for (let i = 0; i < open.oldLines; i++)
        out.push({
          oldStart: open.oldStart + i,
          oldLines: 1,
          newStart: open.newStart + i,
          newLines: 1,
        })
    else out.push(open)
    open = null
  }
  for (const part of diffLines(before, after)) {
    const count = part.count ?? splitLines(part.value).length
    if (!part.added && !part.removed) {
      close()
      o += count
      n += count
      continue
    }
    open ??= { oldStart: o, oldLines: 0, newStart: n, newLines: 0 }
    if (part.added) {
      open.newLines += count
      n += count
    } else {
      open.oldLines += count
      o += count
    }
  }
  close()
  return out
}

/** The current text with the given hunks put back to the baseline's lines. */
export function revertHunks(before: string, after: string, hunks: readonly Hunk[]): string {
  const old = splitLines(before)
  const cur = splitLines(after)
  // from the end, so earlier line numbers stay valid
  for (const h of [...hunks].sort((a, b) => b.newStart - a.newStart))
    cur.splice(h.newStart, h.newLines, ...old.slice(h.oldStart, h.oldStart + h.oldLines))
  return cur.join('')
}

/** Hunks touching lines [from, to) of the current text, or [oldFrom, oldTo) of the baseline. */
export function hunksTouching(
  hunks: readonly Hunk[],
  now?: { from: number; to: number },
  was?: { from: number; to: number },
): Hunk[] {
  const meets = (start: number, len: number, r?: { from: number; to: number }) =>
    !!r && (len === 0 ? start >= r.from && start <= r.to : start < r.to && start + len > r.from)
  return hunks.filter(
    (h) => meets(h.newStart, h.newLines, now) || meets(h.oldStart, h.oldLines, was),
  )
}

export interface DiffRow {
  kind: 'same' | 'added' | 'removed'
  text: string
}

/** Two texts as rows of a line diff (for decoded scripts and units), unchanged runs kept. */
export function diffRows(before: string, after: string): DiffRow[] {
  return diffLines(before, after).flatMap((part) =>
    splitLines(part.value).map((line) => ({
      kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
      text: line.replace(/\n$/, ''),
    })),
  )
}
