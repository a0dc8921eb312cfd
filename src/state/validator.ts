/**
 * Runs validation in a web worker, so a 1,000-node file never blocks typing; the rules, ipaddr.js
 * and the Ignition checks load with the worker, not with the page. Where there is no Worker
 * (unit tests in Node), the same code runs in-thread, loaded lazily. A run that fails (or a
 * worker that dies) answers with an error, never silence.
 */
import type { SiteFile } from '../core/document/siteFile.ts'
import type { validate } from '../core/validate/validate.ts'
import type { ValidationResult } from './runValidation.ts'
import { requestFor } from './validationMessage.ts'

type Done = (text: string, result: ValidationResult) => void
/** '' when no target release is chosen */
type Release = string

let worker: Worker | null = null
/** the text the worker last received whole: later requests may send only a change to it */
let workerBase: string | null = null
let seq = 0
const pending = new Map<number, { text: string; done: Done }>()
/** tests replace the in-thread rules to see how a failing run is reported */
let inThread: typeof validate | undefined

export const setInThreadValidate = (f: typeof validate | undefined) => {
  inThread = f
}

function answer(id: number, result: ValidationResult) {
  const p = pending.get(id)
  pending.delete(id)
  p?.done(p.text, result)
}

function ensureWorker(): Worker | null {
  if (worker || typeof Worker === 'undefined') return worker
  worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' })
  worker.onmessage = (e: MessageEvent<{ id: number } & ValidationResult>) => {
    const { id, ...result } = e.data
    answer(id, result)
  }
  // an error the worker could not catch (it ran out of memory, say): every open request failed
  worker.onerror = (e) => {
    e.preventDefault()
    for (const id of [...pending.keys()])
      answer(id, { error: e.message || 'the validator stopped' })
    worker?.terminate()
    worker = null
    workerBase = null
  }
  return worker
}

export function requestValidation(file: SiteFile, release: Release, done: Done): void {
  const w = ensureWorker()
  const text = file.text
  if (w) {
    const id = ++seq
    pending.set(id, { text, done })
    const { request, base } = requestFor(id, file, release, workerBase)
    workerBase = base
    w.postMessage(request)
    return
  }
  void import('./runValidation.ts').then(({ runValidation }) =>
    done(text, runValidation(text, release, inThread)),
  )
}
