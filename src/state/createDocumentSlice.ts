import type { StateCreator } from 'zustand'
import { readForImport } from '../core/document/decode.ts'
import { EditError } from '../core/document/edit.ts'
import { readSiteFile, siteData, syntaxProblem } from '../core/document/siteFile.ts'
import type { SiteFile } from '../core/document/siteFile.ts'
import { emptyHistory, record, redo, seal, undo } from './history.ts'
import type { History } from './history.ts'
import { flushPendingYaml } from './pendingYaml.ts'

/** A file the forms can work on: it parses and holds a SiteConfig mapping. */
export const isWorkable = (f: SiteFile) => !syntaxProblem(f) && siteData(f) !== undefined

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
  notice: { kind: 'info' | 'error'; text: string; at: number } | null
  /** replaces the document (import, template, restore): not an undo step, clears the history */
  load: (text: string, fileName: string) => { error: string } | null
  /** runs a named command; `intent` groups keystrokes into one undo step */
  run: (intent: string, command: (file: SiteFile) => SiteFile) => boolean
  /** the YAML pane's text changed (debounced typing, paste) */
  typeYaml: (text: string) => void
  undo: () => void
  redo: () => void
  /** ends the open undo step (a field lost focus) */
  sealHistory: () => void
  notify: (kind: 'info' | 'error', text: string) => void
  /** the current text was copied or downloaded */
  markDelivered: () => void
  /** the current text is what is in git now: it becomes the baseline */
  markCommitted: () => void
}

export const createDocumentSlice =
  (initial: string, initialName: string): StateCreator<DocumentSlice, [], [], DocumentSlice> =>
  (set, get) => {
    const file = readSiteFile(initial)
    const restore = (next: SiteFile, history: History<SiteFile>) =>
      set((s) => ({ file: next, view: isWorkable(next) ? next : s.view, history }))
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
      run: (intent, command) => {
        flushPendingYaml()
        const { file: cur, view, history } = get()
        if (cur !== view) {
          get().notify(
            'error',
            'Fix the YAML first: the forms are read-only while it does not parse.',
          )
          return false
        }
        let next: SiteFile
        try {
          next = command(cur)
        } catch (e) {
          if (!(e instanceof EditError)) throw e
          get().notify('error', e.message)
          return false
        }
        if (next.text === cur.text) return true
        set({ file: next, view: next, history: record(history, cur, intent, Date.now()) })
        return true
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
      notify: (kind, text) => set({ notice: { kind, text, at: Date.now() } }),
      markDelivered: () => set((s) => ({ delivered: s.file.text })),
      markCommitted: () => set((s) => ({ baseline: s.file.text, delivered: s.file.text })),
    }
  }
