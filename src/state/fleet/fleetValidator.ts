/**
 * Checks a repository's site files on several workers (up to four, one per core), each given a
 * contiguous share, and hands the rows to `onRows` as they arrive. Without Worker (unit tests in
 * Node) the same code runs in-thread, a batch per task so the caller still sees progress.
 */
import type { SiteRow } from '../../core/fleet/fleet.ts'
// the rules load with the worker; in-thread (unit tests) they load on first use
import type { CheckAnswer, CheckRequest } from './checkFiles.ts'

export interface FleetRun {
  cancel(): void
  /** settles when every share is done (or failed: failed files have no row, `onError` says why) */
  done: Promise<void>
}

let seq = 0

export function validateFleet(
  files: Array<[string, string]>,
  support: { paths: string[]; texts: Array<[string, string]> },
  release: string,
  onRows: (rows: SiteRow[]) => void,
  onError: (message: string) => void,
): FleetRun {
  const hasWorker = typeof Worker !== 'undefined'
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 1
  const n = hasWorker ? Math.max(1, Math.min(4, cores, Math.ceil(files.length / 100))) : 1
  const size = Math.ceil(files.length / n)
  const workers: Worker[] = []
  let cancelled = false
  const shares = Array.from({ length: n }, (_, i) => files.slice(i * size, (i + 1) * size))
  const done = Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve) => {
          const req: CheckRequest = { id: ++seq, files: share, ...support, release }
          const answer = (a: CheckAnswer) => {
            if (cancelled) return resolve()
            if ('error' in a) {
              onError(a.error)
              return resolve()
            }
            if (a.rows.length) onRows(a.rows)
            if (a.done) resolve()
          }
          if (!hasWorker) {
            // in-thread: the answers are collected, then handed out one batch per task
            const answers: CheckAnswer[] = []
            const next = () => {
              const a = answers.shift()
              if (!a) return
              answer(a)
              setTimeout(next, 0)
            }
            return void import('./checkFiles.ts').then(({ checkFiles }) => {
              checkFiles(req, (a) => answers.push(a))
              setTimeout(next, 0)
            })
          }
          const w = new Worker(new URL('./fleet.worker.ts', import.meta.url), { type: 'module' })
          workers.push(w)
          w.onmessage = (e: MessageEvent<CheckAnswer>) => {
            answer(e.data)
            if ('error' in e.data || e.data.done) w.terminate()
          }
          w.onerror = (e) => {
            e.preventDefault()
            onError(e.message || 'a validation worker stopped')
            w.terminate()
            resolve()
          }
          w.postMessage(req)
        }),
    ),
  ).then(() => undefined)
  return {
    cancel: () => {
      cancelled = true
      for (const w of workers) w.terminate()
    },
    done,
  }
}
