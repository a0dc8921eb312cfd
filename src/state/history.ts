/**
 * Document undo history, one step per user intent. Written here rather than taken from zundo:
 * zundo groups steps by time only, and we group by intent (typing in one field is one step until
 * the field loses focus; a burst of YAML typing is one step) and keep whole SiteFile snapshots,
 * whose data objects share structure, so undo needs no re-parse.
 */
export interface History<T> {
  readonly past: readonly T[]
  readonly future: readonly T[]
  /** the intent of the step being extended, while it is still open */
  readonly open?: { intent: string; at: number }
}

export const MAX_STEPS = 200
/** a YAML typing burst ends after this pause */
export const BURST_MS = 1500

export const emptyHistory = <T>(): History<T> => ({ past: [], future: [] })

/**
 * Records that the document changed from `before`. An intent ending in ':burst' extends the open
 * step only within BURST_MS; other intents extend it until sealed.
 */
export function record<T>(h: History<T>, before: T, intent: string, now: number): History<T> {
  const o = h.open
  const burst = intent.endsWith(':burst')
  if (o && o.intent === intent && (!burst || now - o.at < BURST_MS))
    return { past: h.past, future: [], open: { intent, at: now } }
  const past = [...h.past, before]
  if (past.length > MAX_STEPS) past.splice(0, past.length - MAX_STEPS)
  return { past, future: [], open: { intent, at: now } }
}

/** Ends the open step: the next change starts a new one (a field lost focus, say). */
export const seal = <T>(h: History<T>): History<T> =>
  h.open ? { past: h.past, future: h.future } : h

export function undo<T>(h: History<T>, current: T): { history: History<T>; value: T } | null {
  const value = h.past.at(-1)
  if (value === undefined) return null
  return { history: { past: h.past.slice(0, -1), future: [...h.future, current] }, value }
}

export function redo<T>(h: History<T>, current: T): { history: History<T>; value: T } | null {
  const value = h.future.at(-1)
  if (value === undefined) return null
  return { history: { past: [...h.past, current], future: h.future.slice(0, -1) }, value }
}
