/**
 * The app's undo: history.ts keeps the previous SiteFile for each step. Walking every step back
 * must give the exact earlier texts, and walking forward again the later ones.
 */
import type { SiteFile } from '../core/document/siteFile.ts'
import { emptyHistory, record, redo, seal, undo } from '../state/history.ts'
import { Violation } from './violation.ts'

export function checkHistory(files: readonly SiteFile[], salt: number): void {
  let h = emptyHistory<SiteFile>()
  let cur = files[0] as SiteFile
  for (let i = 1; i < files.length; i++) {
    // a distinct intent per command, sealed as the UI seals after a dialog or a blur
    h = seal(record(h, cur, `op:${i}:${salt}`, i * 10_000))
    cur = files[i] as SiteFile
  }
  for (let i = files.length - 2; i >= 0; i--) {
    const r = undo(h, cur)
    if (!r || r.value.text !== files[i]?.text)
      throw new Violation(`undo step ${i} did not restore its text`)
    h = r.history
    cur = r.value
  }
  if (undo(h, cur)) throw new Violation('undo went past the first state')
  for (let i = 1; i < files.length; i++) {
    const r = redo(h, cur)
    if (!r || r.value.text !== files[i]?.text)
      throw new Violation(`redo step ${i} did not restore its text`)
    h = r.history
    cur = r.value
  }
}
