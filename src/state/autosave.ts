/**
 * Autosave, written here instead of zustand's persist: persist hydrates an async storage after
 * the store exists, so the app would first show (and could save) the seed over newer work. Here
 * the saved work is read before the first render, and a write happens only when the document
 * (text, baseline, file name, delivered flag) changed, never on a selection or layout change.
 * Writes are conditional (workStore.ts); a save by another tab arrives on a BroadcastChannel,
 * and from then on this tab writes nothing until the user loads that version or keeps its own.
 */
import type { StoreApi } from 'zustand'
import type { DocumentSlice, SavedDocument } from './createDocumentSlice.ts'
import type { SessionSlice } from './createSessionSlice.ts'
import { clock } from './clock.ts'
import { dropLegacy, readLegacy } from './legacySave.ts'
import type { SaveMeta, SavedWork, WorkStore } from './workStore.ts'

type Host = DocumentSlice & SessionSlice
type Channel = Pick<BroadcastChannel, 'postMessage' | 'addEventListener'>

export interface AutosaveOptions {
  store: StoreApi<Host>
  work: WorkStore
  /** other tabs of the app; null where BroadcastChannel is missing */
  channel: Channel | null
  /** where an earlier version saved (localStorage) */
  legacy: Storage | null
  delayMs?: number
  /** first retry after a failed write; doubles up to MAX_RETRY_MS */
  retryMs?: number
  /** how long start() waits for the stored work before the app renders without it */
  readTimeoutMs?: number
}

const MAX_RETRY_MS = 30_000

const snapshot = (s: Host): SavedDocument => ({
  text: s.file.text,
  baseline: s.baseline,
  fileName: s.fileName,
  delivered: s.delivered === s.file.text,
})
const same = (a: SavedDocument, b: SavedDocument) =>
  a.text === b.text &&
  a.baseline === b.baseline &&
  a.fileName === b.fileName &&
  a.delivered === b.delivered
const fromWork = (w: SavedWork): SavedDocument => ({
  text: w.text,
  baseline: w.baseline ?? w.text,
  fileName: w.fileName,
  delivered: w.delivered,
})

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random()}`

export function createAutosave(o: AutosaveOptions) {
  const { store, work } = o
  const delayMs = o.delayMs ?? 400
  const retryMs = o.retryMs ?? 1000
  /** the save this tab's document follows from (restored, written or chosen over) */
  let known: string | null = null
  /** what is stored as far as this tab knows; null forces the next write */
  let saved: SavedDocument | null = snapshot(store.getState())
  /** another tab's save this tab has not chosen about yet */
  let theirs: SaveMeta | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let writing: Promise<unknown> | null = null
  let failures = 0
  let legacyToDrop = false
  /** counts Start overs, so a write that was landing meanwhile changes nothing after it */
  let forgotten = 0

  const status = (p: Partial<Host['autosave']>) =>
    store.setState((s) => ({ autosave: { ...s.autosave, ...p } }))
  const schedule = (ms: number) => {
    clearTimeout(timer)
    timer = setTimeout(() => void flush(), ms)
  }
  const hold = (meta: SaveMeta) => {
    theirs = meta
    clearTimeout(timer)
    store.setState({ otherTab: { savedAt: meta.savedAt } })
    if (saved === null || !same(snapshot(store.getState()), saved)) status({ state: 'held' })
  }

  /** writes the document now if it changed since the last save */
  async function flush(): Promise<void> {
    clearTimeout(timer)
    timer = undefined
    const now = snapshot(store.getState())
    if (writing || theirs || (saved && same(now, saved))) return
    const w: SavedWork = {
      ...now,
      baseline: now.baseline === now.text ? null : now.baseline,
      saveId: newId(),
      savedAt: Date.now(),
    }
    const epoch = forgotten
    try {
      const r = await (writing = work.write(w, known)).finally(() => (writing = null))
      // Start over ran while this write landed: what it wrote is cleared, nothing follows from it
      if (epoch !== forgotten) return
      if ('stale' in r) return hold(r.stale)
    } catch (e) {
      if (epoch !== forgotten) return
      failures++
      const wait = Math.min(MAX_RETRY_MS, retryMs * 2 ** (failures - 1))
      const why = e instanceof Error ? e.message || e.name : String(e)
      const mb = ((now.text.length + (w.baseline?.length ?? 0)) / 1048576).toFixed(1)
      status({
        state: 'failing',
        error: `Autosave failed: the browser refused to store ${mb} MB (${why}). Your changes are only in this tab; download your work. Retrying…`,
      })
      return schedule(wait)
    }
    failures = 0
    known = w.saveId
    saved = now
    if (legacyToDrop) dropLegacy(o.legacy)
    legacyToDrop = false
    const saves = store.getState().autosave.saves + 1
    status({ state: 'saved', savedAt: w.savedAt, error: null, saves })
    try {
      o.channel?.postMessage({ type: 'saved', saveId: w.saveId, savedAt: w.savedAt })
    } catch {
      // a closed channel: the other tabs still meet the conditional write
    }
    if (!same(snapshot(store.getState()), now)) schedule(delayMs)
  }

  const restore = (doc: SavedDocument) => {
    saved = doc
    store.getState().restoreWork(doc)
  }

  return {
    flush,
    /** reads the saved work (before the first render), then follows the document */
    async start(): Promise<void> {
      let w: SavedWork | undefined
      try {
        // a storage that never answers must not keep the app from rendering
        w = await Promise.race([
          work.read(),
          new Promise<never>((_, reject) =>
            setTimeout(() => reject(new Error('no answer in 5 s')), o.readTimeoutMs ?? 5000),
          ),
        ])
      } catch (e) {
        status({
          state: 'failing',
          error: `Autosave cannot read the browser's storage: ${String(e)}`,
        })
      }
      const legacy = readLegacy(o.legacy)
      if (w) {
        restore(fromWork(w))
        known = w.saveId
        status({ state: 'saved', savedAt: w.savedAt })
        store
          .getState()
          .notify('info', 'Restored your work from {{time}}.', { time: clock(w.savedAt) })
        if (legacy) dropLegacy(o.legacy)
      } else if (legacy) {
        // moved once: the old save is dropped when IndexedDB holds it
        restore(legacy)
        saved = null
        legacyToDrop = true
        store.getState().notify('info', 'Restored your work.')
        void flush()
      }
      store.subscribe((s, p) => {
        const docChanged =
          s.file !== p.file ||
          s.baseline !== p.baseline ||
          s.fileName !== p.fileName ||
          s.delivered !== p.delivered
        if (!docChanged) return
        if (saved && same(snapshot(s), saved)) return
        if (theirs) return status({ state: 'held' })
        // a retry already waiting keeps its growing delay
        if (s.autosave.state === 'failing' && timer !== undefined) return
        // said once per pause, not once per keystroke (each would be another store update)
        if (s.autosave.state !== 'pending') status({ state: 'pending' })
        schedule(delayMs)
      })
      o.channel?.addEventListener('message', (e) => {
        const m = (e as MessageEvent).data as ({ type?: string } & SaveMeta) | null
        if (m?.type === 'saved' && m.saveId !== known) hold(m)
      })
    },
    /** "Keep mine": this tab's document replaces the other tab's save */
    keepMine(): Promise<void> {
      if (theirs) known = theirs.saveId
      theirs = null
      saved = null
      store.setState({ otherTab: null })
      return flush()
    },
    /** "Load the other tab's version" */
    async loadTheirs(): Promise<void> {
      const w = await work.read()
      theirs = null
      store.setState({ otherTab: null })
      if (!w) return
      restore(fromWork(w))
      known = w.saveId
      status({ state: 'saved', savedAt: w.savedAt, error: null })
      store.getState().notify('info', "Loaded the other tab's version, saved at {{time}}.", {
        time: clock(w.savedAt),
      })
    },
    /** Start over: the current document (just reset) is not saved, and the stored work goes */
    async forget(): Promise<void> {
      forgotten++
      clearTimeout(timer)
      await writing?.catch(() => undefined) // a write still landing would bring the work back
      clearTimeout(timer)
      theirs = null
      known = null
      saved = snapshot(store.getState())
      store.setState({ otherTab: null })
      await work.clear().catch(() => undefined)
      dropLegacy(o.legacy)
      status({ state: 'idle', savedAt: null, error: null })
    },
  }
}

export type Autosave = ReturnType<typeof createAutosave>
