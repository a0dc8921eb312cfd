/// <reference lib="webworker" />
/** A share of a repository's site files checked off the main thread; rows stream back in batches. */
import { checkFiles } from './checkFiles.ts'
import type { CheckRequest } from './checkFiles.ts'

self.onmessage = (e: MessageEvent<CheckRequest>) => {
  try {
    checkFiles(e.data, (a) => self.postMessage(a))
  } catch (err) {
    self.postMessage({ id: e.data.id, error: err instanceof Error ? err.message : String(err) })
  }
}
