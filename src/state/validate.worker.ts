/// <reference lib="webworker" />
/** Validation off the main thread: text in, findings (or the error that stopped it) out. */
import { runValidation } from './runValidation.ts'

self.onmessage = (e: MessageEvent<{ id: number; text: string; release: string }>) => {
  const { id, text, release } = e.data
  self.postMessage({ id, ...runValidation(text, release) })
}
