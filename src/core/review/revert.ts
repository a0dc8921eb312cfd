/** Revert one summary item: the lines it touches go back to the baseline's, as one command. */
import { findNodeAtLocation, parseTree } from 'jsonc-parser'
import { getIn } from '../document/path.ts'
import { embeddedText } from '../document/embeddedText.ts'
import { Positions } from '../document/positions.ts'
import type { SiteFile } from '../document/siteFile.ts'
import { readSiteFile, siteData } from '../document/siteFile.ts'
import { lineIndex } from '../yaml/lines.ts'
import type { ChangeItem, Loc } from './changes.ts'
import { hunksTouching, lineHunks, revertHunks } from './lineDiff.ts'

type Lines = { from: number; to: number }

/** The 0-based line range [from, to) a place covers in a file; undefined when it is not there. */
export function linesOf(file: SiteFile, loc: Loc): Lines | undefined {
  if (getIn(siteData(file), loc.path) === undefined) return undefined
  const pos = new Positions(file)
  let start: number | undefined
  let end: number | undefined
  if (loc.json) {
    const emb = embeddedText(pos, loc.path)
    const node = emb
      ? findNodeAtLocation(parseTree(emb.text) ?? { type: 'null', offset: 0, length: 0 }, loc.json)
      : undefined
    if (emb && node) {
      start = emb.toSource(node.offset)
      end = emb.toSource(node.offset + node.length)
    }
  }
  if (start === undefined || end === undefined) {
    const r = pos.range(loc.path)
    if (!r?.exact) return undefined
    start = r.start
    end = r.end
  }
  const at = lineIndex(file.text)
  const last = Math.max(start, end - 1)
  return { from: at(start).line - 1, to: at(last).line }
}

/** The current file with the item's lines back as they were in the baseline (unchanged if none). */
export function revertChange(current: SiteFile, baseline: SiteFile, item: ChangeItem): SiteFile {
  const hunks = lineHunks(baseline.text, current.text)
  const chosen = new Set([
    ...item.now.flatMap((l) => {
      const r = linesOf(current, l)
      return r ? hunksTouching(hunks, r) : []
    }),
    ...item.was.flatMap((l) => {
      const r = linesOf(baseline, l)
      return r ? hunksTouching(hunks, undefined, r) : []
    }),
  ])
  if (!chosen.size) return current
  return readSiteFile(revertHunks(baseline.text, current.text, [...chosen]))
}
