/**
 * Autosave through zustand's persist middleware. Writes are debounced, and so is serialising: the
 * middleware hands over the state object on every change, and stringifying a 4 MB document per
 * keystroke would cost more than the edit itself. A full browser storage is reported, not thrown.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware'

export const STORAGE_KEY = 'siteconfig-studio:work'
/** autosave waits for a pause in typing (and is flushed when the page is hidden or closed) */
const WRITE_DELAY_MS = 400

let onFailure: (message: string) => void = () => {}
export const onAutosaveFailure = (f: (message: string) => void) => {
  onFailure = f
}

let timer: ReturnType<typeof setTimeout> | undefined
let queued: [string, StorageValue<unknown>] | null = null

function write(): void {
  timer = undefined
  if (!queued) return
  const [name, state] = queued
  queued = null
  const value = JSON.stringify(state)
  try {
    localStorage.setItem(name, value)
  } catch {
    const mb = (value.length / 1048576).toFixed(1)
    onFailure(`Autosave failed: the browser refused to store ${mb} MB. Download your work.`)
  }
}

/** Writes what is queued now (before the page unloads). */
export function flushAutosave(): void {
  if (timer) clearTimeout(timer)
  write()
}

export const debouncedLocalStorage: PersistStorage<unknown> = {
  getItem: (name) => {
    try {
      const raw = localStorage.getItem(name)
      return raw === null ? null : (JSON.parse(raw) as StorageValue<unknown>)
    } catch {
      return null // unreadable saved work: start from the seed rather than fail
    }
  },
  setItem: (name, value) => {
    queued = [name, value]
    if (timer) clearTimeout(timer)
    timer = setTimeout(write, WRITE_DELAY_MS)
  },
  removeItem: (name) => {
    queued = null
    try {
      localStorage.removeItem(name)
    } catch {
      // storage unavailable (private mode): nothing was saved either
    }
  },
}
