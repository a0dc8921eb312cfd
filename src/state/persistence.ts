/**
 * Autosave through zustand's persist middleware. Writes are debounced (a 4 MB document is not
 * serialised on every keystroke) and a full browser storage is reported instead of thrown.
 */
import type { StateStorage } from 'zustand/middleware'

export const STORAGE_KEY = 'siteconfig-studio:work'
const WRITE_DELAY_MS = 300

let onFailure: (message: string) => void = () => {}
export const onAutosaveFailure = (f: (message: string) => void) => {
  onFailure = f
}

let timer: ReturnType<typeof setTimeout> | undefined
let queued: [string, string] | null = null

function write(): void {
  timer = undefined
  if (!queued) return
  const [name, value] = queued
  queued = null
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

export const debouncedLocalStorage: StateStorage = {
  getItem: (name) => {
    try {
      return localStorage.getItem(name)
    } catch {
      return null
    }
  },
  setItem: (name, value) => {
    queued = [name, value]
    if (!timer) timer = setTimeout(write, WRITE_DELAY_MS)
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
