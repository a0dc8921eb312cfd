/**
 * Runs validation in a web worker, so a 1,000-node file never blocks typing; the rules, ipaddr.js
 * and the Ignition checks load with the worker, not with the page. Where there is no Worker
 * (unit tests in Node), the same code runs in-thread, loaded lazily.
 */
import type { Diagnostic } from '../core/validate/diagnostic.ts'

type Done = (text: string, diagnostics: Diagnostic[]) => void
/** '' when no target release is chosen */
type Release = string

let worker: Worker | null = null
let seq = 0
const pending = new Map<number, { text: string; done: Done }>()

function ensureWorker(): Worker | null {
  if (worker || typeof Worker === 'undefined') return worker
  worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' })
  worker.onmessage = (e: MessageEvent<{ id: number; diagnostics: Diagnostic[] }>) => {
    const p = pending.get(e.data.id)
    pending.delete(e.data.id)
    p?.done(p.text, e.data.diagnostics)
  }
  return worker
}

export function requestValidation(text: string, release: Release, done: Done): void {
  const w = ensureWorker()
  if (w) {
    const id = ++seq
    pending.set(id, { text, done })
    w.postMessage({ id, text, release })
    return
  }
  void Promise.all([
    import('../core/document/siteFile.ts'),
    import('../core/validate/validate.ts'),
  ]).then(([{ readSiteFile }, { validate }]) =>
    done(text, validate(readSiteFile(text), release ? { release } : {})),
  )
}
