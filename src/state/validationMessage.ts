/**
 * What the main thread sends the validation worker: a whole text to hold, and/or a change to the
 * text it holds. While typing on in one place (the file's `pieces`) the worker holds the text the
 * typing started from and is sent only the replaced middle: posting a 4.4 MB text copies it on
 * the main thread at every pause, the middle is a few bytes.
 */
import type { SiteFile } from '../core/document/siteFile.ts'

export type ValidateRequest = {
  id: number
  release: string
  /** the whole text the worker holds from now on */
  base?: string
  /** what to validate: `base` with this replacement (without one, `base` itself) */
  change?: { from: number; to: number; insert: string }
}

/** The request for `file`, given the text the worker holds (null: none yet). */
export function requestFor(
  id: number,
  file: SiteFile,
  release: string,
  workerBase: string | null,
): { request: ValidateRequest; base: string } {
  const p = file.pieces
  if (!p) return { request: { id, release, base: file.text }, base: file.text }
  const change = { from: p.head.length, to: p.base.length - p.tail.length, insert: p.middle }
  const request =
    p.base === workerBase ? { id, release, change } : { id, release, base: p.base, change }
  return { request, base: p.base }
}

/** The worker's side: the text to validate and the text it holds from now on. */
export function textOf(r: ValidateRequest, held: string): { text: string; base: string } {
  const base = r.base ?? held
  if (!r.change) return { text: base, base }
  const { from, to, insert } = r.change
  return { text: base.slice(0, from) + insert + base.slice(to), base }
}
