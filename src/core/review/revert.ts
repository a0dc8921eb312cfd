/** Revert one summary item: the lines it touches go back to the baseline's, as one command. */
import { findNodeAtLocation, parseTree } from 'jsonc-parser'
import { getIn } from '../document/path.ts'
import { embeddedText } from '../document/embeddedText.ts'
import { checkJsonDepth } from '../codecs/json.ts'
import { Positions } from '../document/positions.ts'
import type { SiteFile } from '../document/siteFile.ts'
import { readSiteFile, siteData, syntaxProblem } from '../document/siteFile.ts'
import { EditError } from '../document/editContext.ts'
import { lineIndex } from '../yaml/lines.ts'
import type { ChangeItem, Loc } from './types.ts'
import { hunksTouching, lineHunks, revertHunks } from './lineDiff.ts'

type Lines = { from: number; to: number }

/**
 * The 0-based line ranges [from, to) places cover in a file (undefined where a place is not
 * there). One outline and one line index serve all of a file's places.
 */
export function linesOf(file: SiteFile, locs: readonly Loc[]): Array<Lines | undefined> {
  const pos = new Positions(file)
  let at: ReturnType<typeof lineIndex> | undefined
  return locs.map((loc) => {
    if (getIn(siteData(file), loc.path) === undefined) return undefined
    let start: number | undefined
    let end: number | undefined
    if (loc.json) {
      const emb = embeddedText(pos, loc.path)
      const tree = emb && checkJsonDepth(emb.text) < 0 ? parseTree(emb.text) : undefined
      const node = tree ? findNodeAtLocation(tree, loc.json) : undefined
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
    at ??= lineIndex(file.text)
    return { from: at(start).line - 1, to: at(Math.max(start, end - 1)).line }
  })
}

/** The current file with the item's lines back as they were in the baseline (unchanged if none). */
export function revertChange(current: SiteFile, baseline: SiteFile, item: ChangeItem): SiteFile {
  const hunks = lineHunks(baseline.text, current.text)
  const chosen = new Set([
    ...linesOf(current, item.now).flatMap((r) => (r ? hunksTouching(hunks, r) : [])),
    ...linesOf(baseline, item.was).flatMap((r) => (r ? hunksTouching(hunks, undefined, r) : [])),
  ])
  if (!chosen.size) return current
  const out = readSiteFile(revertHunks(baseline.text, current.text, [...chosen]))
  // the item's lines alone may not fit their new surroundings (a list re-indented around them)
  if (syntaxProblem(out) && !syntaxProblem(current))
    throw new EditError(
      'this change cannot be reverted alone: its lines no longer fit; revert the change around it',
    )
  return out
}
