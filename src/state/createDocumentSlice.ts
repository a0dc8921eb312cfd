import type { StateCreator } from 'zustand'
import type { TextKey } from '../i18n/catalog.ts'
import { AS_IS, english } from './notice.ts'
import type { Notice, NoticeParams } from './notice.ts'
import { readForImport } from '../core/document/decode.ts'
import { readSiteFile, siteData, syntaxProblem } from '../core/document/siteFile.ts'
import type { SiteFile } from '../core/document/siteFile.ts'
import type { Scope } from '../core/document/scope.ts'
import '../core/commands/documentCommands.ts'
import { findCommand } from '../core/commands/registry.ts'
import type {
  CommandArgs,
  CommandId,
  CommandResult,
  UndoPolicy,
} from '../core/commands/registry.ts'
import { emptyHistory, record, redo, seal, undo } from './history.ts'
import type { History } from './history.ts'
import { flushPendingYaml } from './pendingYaml.ts'

/** A file the forms can work on: it parses and holds a SiteConfig mapping. */
export const isWorkable = (f: SiteFile) => !syntaxProblem(f) && siteData(f) !== undefined

/** What autosave keeps of the document. */
export interface SavedDocument {
  text: string
  baseline: string
  fileName: string
  /** the text was copied or downloaded as it is */
  delivered: boolean
}

export interface DocumentSlice {
  /** the current text and its reading; the text is the truth and may not parse */
  file: SiteFile
  /** the last workable reading: what the forms show (equals `file` while the YAML parses) */
  view: SiteFile
  /** the text the diff compares against: the file as imported or the template as created */
  baseline: string
  /** the text last copied or downloaded (YAML or patch): its changes have left the app */
  delivered: string | null
  fileName: string
  history: History<SiteFile>
  /** a short message for the status line (command refused, copied, …) */
  notice: Notice | null
  /** replaces the document (import, template, restore): not an undo step, clears the history */
  load: (text: string, fileName: string) => { error: string } | null
  /** puts saved work back (autosave, another tab's): not an undo step; the text may not parse */
  restoreWork: (w: SavedDocument) => void
  /**
   * Runs a registered command by id; its declared undo policy makes it one undo step (or extends
   * the open typing step). A refusal is put on the status line and returned.
   */
  dispatch: <K extends CommandId>(id: K, args: CommandArgs[K]) => { error: string } | null
  /** the YAML pane's text changed (debounced typing, paste) */
  typeYaml: (text: string) => void
  undo: () => void
  redo: () => void
  /** ends the open undo step (a field lost focus) */
  sealHistory: () => void
  /** a catalogue text (see notice.ts) */
  notify: (kind: 'info' | 'error', key: TextKey, params?: NoticeParams) => void
  /** the current text was copied or downloaded */
  markDelivered: () => void
  /** the current text is what is in git now: it becomes the baseline */
  markCommitted: () => void
}

/** A structure command moves the selection, which the UI slice holds, with the document. */
type WithSelection = Partial<DocumentSlice> & { selection: Scope }

export const createDocumentSlice =
  (initial: string, initialName: string): StateCreator<DocumentSlice, [], [], DocumentSlice> =>
  (set, get) => {
    const file = readSiteFile(initial)
    const restore = (next: SiteFile, history: History<SiteFile>) =>
      set((s) => ({ file: next, view: isWorkable(next) ? next : s.view, history }))
    const fail = (error: string) => {
      get().notify('error', AS_IS, { message: error })
      return { error }
    }
    /** the one place a command changes the document and the history */
    const apply = (intent: string, policy: UndoPolicy, perform: (f: SiteFile) => CommandResult) => {
      flushPendingYaml()
      const { file: cur, view, history } = get()
      if (cur !== view)
        return fail('Fix the YAML first: the forms are read-only while it does not parse.')
      let next: CommandResult
      try {
        next = perform(cur)
      } catch (e) {
        // a refused edit (EditError) or a command's own check: said, never swallowed
        next = { error: e instanceof Error ? e.message : String(e) }
      }
      if ('error' in next) return fail(next.error)
      const placed = 'selection' in next ? next : null
      const out = placed ? placed.file : (next as SiteFile)
      if (out.text === cur.text) return null
      const h =
        policy === 'none'
          ? emptyHistory<SiteFile>()
          : policy === 'step'
            ? seal(record(history, cur, intent, Date.now()))
            : record(history, cur, intent, Date.now())
      if (placed)
        set({ file: out, view: out, history: h, selection: placed.selection } as WithSelection)
      else set({ file: out, view: out, history: h })
      return null
    }
    return {
      file,
      view: file,
      baseline: initial,
      delivered: null,
      fileName: initialName,
      history: emptyHistory(),
      notice: null,
      load: (text, fileName) => {
        flushPendingYaml()
        const r = readForImport(text)
        if ('error' in r) return r
        set({
          file: r.file,
          view: r.file,
          baseline: text,
          delivered: null,
          fileName,
          history: emptyHistory(),
        })
        return null
      },
      restoreWork: (w) => {
        flushPendingYaml()
        const next = readSiteFile(w.text)
        set((s) => ({
          file: next,
          // a text that does not parse yet (work in progress) is kept; the forms show the last view
          view: isWorkable(next) ? next : s.view,
          baseline: w.baseline,
          fileName: w.fileName,
          delivered: w.delivered ? w.text : null,
          history: emptyHistory(),
        }))
      },
      dispatch: (id, args) => {
        const cmd = findCommand(id)
        if (!cmd) return apply(id, 'none', () => ({ error: `There is no command ${id}.` }))
        const intent = cmd.undo === 'typing' ? `${id}:${cmd.stepKey?.(args) ?? ''}` : id
        return apply(intent, cmd.undo, (f) => cmd.perform(f, args))
      },
      typeYaml: (text) => {
        const { file: cur, history } = get()
        if (text === cur.text) return
        const next = readSiteFile(text)
        const h = record(history, cur, 'yaml:burst', Date.now())
        set((s) => ({ file: next, view: isWorkable(next) ? next : s.view, history: h }))
      },
      undo: () => {
        flushPendingYaml()
        const r = undo(get().history, get().file)
        if (r) restore(r.value, r.history)
      },
      redo: () => {
        flushPendingYaml()
        const r = redo(get().history, get().file)
        if (r) restore(r.value, r.history)
      },
      sealHistory: () => set((s) => ({ history: seal(s.history) })),
      notify: (kind, key, params) =>
        set({ notice: { kind, key, params, text: english(key, params), at: Date.now() } }),
      markDelivered: () => set((s) => ({ delivered: s.file.text })),
      markCommitted: () => set((s) => ({ baseline: s.file.text, delivered: s.file.text })),
    }
  }
