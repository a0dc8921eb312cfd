/// <reference lib="webworker" />
/** Validation off the main thread: text in, findings out, tagged with the request's number. */
import { readSiteFile } from '../core/document/siteFile.ts'
import { validate } from '../core/validate/validate.ts'

self.onmessage = (e: MessageEvent<{ id: number; text: string; release: string }>) => {
  const { id, text, release } = e.data
  self.postMessage({ id, diagnostics: validate(readSiteFile(text), release ? { release } : {}) })
}
