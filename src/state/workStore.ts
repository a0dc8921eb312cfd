/**
 * Where autosave keeps the document: IndexedDB (through idb-keyval), which holds a 10 MB file
 * and its baseline where localStorage's ~5 MB quota does not. A write is conditional: it only
 * lands if the last save is still the one this tab knows, so a tab never overwrites another
 * tab's newer work without being told.
 */
import { createStore, delMany, get } from 'idb-keyval'
import type { UseStore } from 'idb-keyval'

/** Who saved last and when (small, so it can be read before every write). */
export interface SaveMeta {
  saveId: string
  savedAt: number
}

export interface SavedWork extends SaveMeta {
  text: string
  /** null when it equals the text (a large document is not stored twice) */
  baseline: string | null
  fileName: string
  /** the text was copied or downloaded as it is */
  delivered: boolean
}

export type WriteResult = { ok: true } | { stale: SaveMeta }

export interface WorkStore {
  read(): Promise<SavedWork | undefined>
  /** writes unless another save than `expected` (null: none) is there now */
  write(work: SavedWork, expected: string | null): Promise<WriteResult>
  clear(): Promise<void>
}

const DOC = 'doc'
const META = 'meta'

export function idbWorkStore(dbName = 'siteconfig-studio', store = 'work'): WorkStore {
  let db: UseStore | undefined
  const idb = () => (db ??= createStore(dbName, store))
  return {
    read: () => get<SavedWork>(DOC, idb()),
    write: (work, expected) =>
      idb()('readwrite', (os) => {
        // one transaction: the check and the write cannot be split by another tab's save
        return new Promise<WriteResult>((resolve, reject) => {
          const tx = os.transaction
          let result: WriteResult = { ok: true }
          tx.oncomplete = () => resolve(result)
          tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('the write was aborted'))
          const m = os.get(META)
          m.onsuccess = () => {
            const meta = m.result as SaveMeta | undefined
            if (meta && meta.saveId !== expected) {
              result = { stale: meta }
              return
            }
            os.put(work, DOC)
            os.put({ saveId: work.saveId, savedAt: work.savedAt } satisfies SaveMeta, META)
          }
        })
      }),
    clear: () => delMany([META, DOC], idb()),
  }
}
