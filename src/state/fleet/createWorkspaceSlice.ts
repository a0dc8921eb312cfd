import type { StateCreator } from 'zustand'
import type { Scope } from '../../core/document/scope.ts'
import { readSiteFile } from '../../core/document/siteFile.ts'
import type { SiteFile } from '../../core/document/siteFile.ts'
import type { SiteRow } from '../../core/fleet/fleet.ts'
import type { DocumentSlice } from '../createDocumentSlice.ts'
import type { UiSlice } from '../createUiSlice.ts'
import { emptyHistory, record, seal } from '../history.ts'
import { flushPendingYaml } from '../pendingYaml.ts'
import type { Parked, Workspace } from './workspace.ts'

/** a site's text and reading now: the open one's, a parked one's, else as read */
export interface Current {
  path: string
  file: SiteFile
  baseline: string
}

export interface WorkspaceSlice {
  /** the opened folder; null: the editor holds one file, as before */
  workspace: Workspace | null
  /** the document open before the folder: Close folder puts it back */
  outside: (Parked & { fileName: string }) | null
  /** the UI read a folder: it becomes the workspace (its rows come later) */
  openWorkspace: (ws: Workspace) => void
  updateWorkspace: (f: (ws: Workspace) => Partial<Workspace>) => void
  /** rows from the workers; `counted`: they are first checks (the progress counts them) */
  addRows: (rows: SiteRow[], counted?: boolean) => void
  closeWorkspace: () => void
  /** edits `path` in the editor; the open site's text and undo history are kept for its return */
  openSite: (path: string) => void
  current: (path: string) => Current | undefined
  /** every site whose text differs from its baseline */
  changedSites: () => Current[]
  choose: (paths: readonly string[], on: boolean) => void
  /**
   * One edit on many sites: one undo step in each file's history, and one entry that undoes them
   * all together. `perform` returns the new file, or a reason it was not changed.
   */
  bulkEdit: (
    label: string,
    paths: readonly string[],
    perform: (f: SiteFile, path: string) => SiteFile | { error: string },
  ) => { changed: string[]; failed: Array<[string, string]> }
  undoBulk: () => void
  /** the HEAD versions arrived: each site's baseline, where it was still the text as read */
  adoptBaselines: (baselines: ReadonlyMap<string, string>, commit: string) => void
  /** the file was written with `text`: that is what is on disk now */
  markWritten: (path: string, text: string) => void
}

/** the document slice's fields a parked site keeps */
const parkedOf = (s: Host): Parked => ({
  file: s.file,
  view: s.view,
  baseline: s.baseline,
  history: s.history,
  delivered: s.delivered,
  selection: s.selection,
})

const SITE_SCOPE: Scope = { kind: 'site' }

/** what the slice reads and writes besides its own: the document and the selection */
type Host = DocumentSlice & UiSlice & WorkspaceSlice

export const createWorkspaceSlice: StateCreator<Host, [], [], WorkspaceSlice> = (set, get) => {
  const fresh = (ws: Workspace, path: string): Parked | undefined => {
    const text = ws.texts.get(path)
    if (text === undefined) return undefined
    const file = readSiteFile(text)
    return {
      file,
      view: file,
      baseline: ws.baselines.get(path) ?? text,
      history: emptyHistory(),
      delivered: null,
      selection: SITE_SCOPE,
    }
  }
  /** the state a site has now, wherever it is kept */
  const stateOf = (ws: Workspace, path: string): Parked | undefined =>
    ws.active === path ? parkedOf(get()) : (ws.parked.get(path) ?? fresh(ws, path))
  /** puts new states back: the open site into the editor, the others parked */
  const putBack = (ws: Workspace, states: ReadonlyMap<string, Parked>) => {
    const parked = new Map(ws.parked)
    let open: Parked | undefined
    for (const [p, st] of states) {
      if (p === ws.active) open = st
      else parked.set(p, st)
    }
    set({
      workspace: { ...ws, parked },
      ...(open ? { file: open.file, view: open.view, history: open.history } : {}),
    })
  }
  return {
    workspace: null,
    outside: null,
    openWorkspace: (ws) => {
      flushPendingYaml()
      const s = get()
      set({
        workspace: ws,
        outside: s.workspace ? s.outside : { ...parkedOf(s), fileName: s.fileName },
      })
    },
    updateWorkspace: (f) =>
      set((s) => (s.workspace ? { workspace: { ...s.workspace, ...f(s.workspace) } } : s)),
    addRows: (rows, counted = true) =>
      set((s) => {
        if (!s.workspace) return s
        const next = new Map(s.workspace.rows)
        for (const r of rows) next.set(r.file, r)
        return {
          workspace: {
            ...s.workspace,
            rows: next,
            checked: s.workspace.checked + (counted ? rows.length : 0),
          },
        }
      }),
    closeWorkspace: () => {
      flushPendingYaml()
      const o = get().outside
      set({
        workspace: null,
        outside: null,
        rightTab: get().rightTab === 'sites' ? 'yaml' : get().rightTab,
        ...(o
          ? {
              file: o.file,
              view: o.view,
              baseline: o.baseline,
              history: o.history,
              delivered: o.delivered,
              selection: o.selection,
              fileName: o.fileName,
            }
          : {}),
      })
    },
    openSite: (path) => {
      flushPendingYaml()
      const s = get()
      const ws = s.workspace
      if (!ws || ws.active === path) return
      const target = ws.parked.get(path) ?? fresh(ws, path)
      if (!target) return
      const parked = new Map(ws.parked)
      if (ws.active !== null) parked.set(ws.active, parkedOf(s))
      parked.delete(path)
      set({
        workspace: { ...ws, active: path, parked },
        file: target.file,
        view: target.view,
        baseline: target.baseline,
        history: target.history,
        delivered: target.delivered,
        selection: target.selection,
        fileName: path,
        touched: new Set(),
      })
    },
    current: (path) => {
      const ws = get().workspace
      const st = ws && stateOf(ws, path)
      return st ? { path, file: st.file, baseline: st.baseline } : undefined
    },
    changedSites: () => {
      const ws = get().workspace
      if (!ws) return []
      const out: Current[] = []
      const check = (path: string) => {
        const st = path === ws.active ? parkedOf(get()) : ws.parked.get(path)
        if (st && st.file.text !== st.baseline)
          out.push({ path, file: st.file, baseline: st.baseline })
      }
      for (const p of ws.sites) check(p)
      return out
    },
    choose: (paths, on) =>
      set((s) => {
        if (!s.workspace) return s
        const chosen = new Set(s.workspace.chosen)
        for (const p of paths) {
          if (on) chosen.add(p)
          else chosen.delete(p)
        }
        return { workspace: { ...s.workspace, chosen } }
      }),
    bulkEdit: (label, paths, perform) => {
      flushPendingYaml()
      const ws = get().workspace
      const changed: string[] = []
      const failed: Array<[string, string]> = []
      if (!ws) return { changed, failed }
      const states = new Map<string, Parked>()
      const before = new Map<string, SiteFile>()
      const now = Date.now()
      for (const path of paths) {
        const st = stateOf(ws, path)
        if (!st) continue
        let out: SiteFile | { error: string }
        try {
          out = perform(st.file, path)
        } catch (e) {
          out = { error: e instanceof Error ? e.message : String(e) }
        }
        if ('error' in out) {
          failed.push([path, out.error])
          continue
        }
        if (out.text === st.file.text) continue
        before.set(path, st.file)
        states.set(path, {
          ...st,
          file: out,
          view: out,
          history: seal(record(seal(st.history), st.file, `bulk:${label}`, now)),
        })
        changed.push(path)
      }
      if (changed.length) {
        putBack(ws, states)
        const w = get().workspace!
        set({ workspace: { ...w, bulk: [...w.bulk, { label, before }] } })
      }
      return { changed, failed }
    },
    undoBulk: () => {
      flushPendingYaml()
      const ws = get().workspace
      const last = ws?.bulk.at(-1)
      if (!ws || !last) return
      const states = new Map<string, Parked>()
      const now = Date.now()
      for (const [path, file] of last.before) {
        const st = stateOf(ws, path)
        if (!st) continue
        // the undo is itself a step in each file, so a later change of mind is one redo away
        states.set(path, {
          ...st,
          file,
          view: file,
          history: seal(record(seal(st.history), st.file, 'bulk:undo', now)),
        })
      }
      putBack({ ...ws, bulk: ws.bulk.slice(0, -1) }, states)
    },
    adoptBaselines: (baselines, commit) => {
      const s = get()
      const ws = s.workspace
      if (!ws) return
      const parked = new Map(ws.parked)
      for (const [p, st] of ws.parked) {
        const b = baselines.get(p)
        if (b !== undefined && st.baseline === ws.texts.get(p))
          parked.set(p, { ...st, baseline: b })
      }
      const active = ws.active === null ? undefined : baselines.get(ws.active)
      set({
        workspace: { ...ws, baselines, commit, parked },
        ...(active !== undefined && s.baseline === ws.texts.get(ws.active!)
          ? { baseline: active }
          : {}),
      })
    },
    markWritten: (path, text) =>
      set((s) => {
        if (!s.workspace) return s
        const texts = new Map(s.workspace.texts)
        texts.set(path, text)
        return { workspace: { ...s.workspace, texts } }
      }),
  }
}
