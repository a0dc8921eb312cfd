/// <reference lib="webworker" />
/** Validation off the main thread: text (or a change to it) in, findings (or the error) out. */
import { runValidation } from './runValidation.ts'
import { textOf } from './validationMessage.ts'
import type { ValidateRequest } from './validationMessage.ts'

let base = ''
self.onmessage = (e: MessageEvent<ValidateRequest>) => {
  const r = textOf(e.data, base)
  base = r.base
  self.postMessage({ id: e.data.id, ...runValidation(r.text, e.data.release) })
}
