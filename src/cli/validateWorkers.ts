/**
 * `validate` of a repository on every core: the bundled CLI starts its own file as worker threads, each
 * checking a share of the files in order, and the results are put back in input order, so the
 * output is the same as one thread's. Run from the TypeScript sources (tsx, tests) there is no
 * bundle to start, and one thread does it all.
 */
import { availableParallelism } from 'node:os'
import { SharedCache } from '../core/validate/cache.ts'
import { validate } from '../core/validate/validate.ts'
import { WORKER_ARG } from './args.ts'
import { checkOne, readWalked } from './validateOne.ts'
import { findingTexts } from './findings.ts'
import type { FindingText } from './findings.ts'
import type { Done, Input, Settings } from './validateOne.ts'

const ROLE = 'siteconfig-studio:validate'
/** below this many files a thread costs more to start (~40 ms) than it saves */
const PER_WORKER = 150

interface Task {
  role: typeof ROLE
  inputs: Input[]
  settings: Settings
}

const walkedSource = (i: Input): string | Error => {
  try {
    return readWalked(i.shown)
  } catch (e) {
    return e as Error
  }
}

/** how many threads for `files` files; 1 when running from the sources */
export function threadsFor(files: number, jobs: number | undefined): number {
  if (!import.meta.url.endsWith('.cjs')) return 1
  // on two cores a second thread was slower, not faster (measured: docs/PERFORMANCE.md): the
  // parsers allocate, and two threads share one core's caches; from four cores on, one per core
  const cores = availableParallelism()
  const want = jobs ?? (cores >= 4 ? Math.min(cores, 8) : 1)
  return Math.max(1, Math.min(want, Math.floor(files / PER_WORKER)))
}

/** checks walked inputs on `threads` threads; results in input order */
export async function checkInWorkers(
  inputs: Input[],
  settings: Settings,
  threads: number,
): Promise<Done[]> {
  const { Worker } = await import('node:worker_threads')
  const size = Math.ceil(inputs.length / threads)
  const shares = Array.from({ length: threads }, (_, t) => inputs.slice(t * size, (t + 1) * size))
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<Done[]>((resolve, reject) => {
          const task: Task = { role: ROLE, inputs: share, settings }
          const w = new Worker(new URL(import.meta.url), {
            workerData: task,
            argv: [WORKER_ARG],
            // not the parent's flags (node -e …, --input-type): the thread runs this file
            execArgv: [],
          })
          w.once('message', (m: Done[]) => resolve(m))
          w.once('error', reject)
          w.once(
            'exit',
            (code) => code !== 0 && reject(new Error(`a validation thread stopped (exit ${code})`)),
          )
        }),
    ),
  )
  return results.flat()
}

/** a share of walked files, checked in order with one cache */
export function checkShare(
  inputs: readonly Input[],
  settings: Settings,
  text: FindingText,
  shared = new SharedCache(),
): Done[] {
  return inputs.map((i) => checkOne(i, walkedSource(i), settings, shared, validate, text))
}

/** the thread's side: started with WORKER_ARG, the bundle's entry (cli/bundle.ts) calls this */
export async function runThread(): Promise<void> {
  const { isMainThread, parentPort, workerData } = await import('node:worker_threads')
  const task = workerData as Task | undefined
  if (isMainThread || task?.role !== ROLE) return
  const text = await findingTexts(task.settings.lang)
  parentPort!.postMessage(checkShare(task.inputs, task.settings, text))
}
