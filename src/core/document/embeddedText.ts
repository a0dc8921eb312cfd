/**
 * Maps offsets inside a string value (the JSON of an override, say) back to the YAML source, for
 * block literals and single-quoted scalars, so a diagnostic can point at the exact line.
 */
import { lineAt } from '../yaml/lines.ts'
import { nextLineStart } from './editContext.ts'
import { scalarSpot } from './editScalar.ts'
import type { Path } from './path.ts'
import type { Positions } from './positions.ts'

export interface Embedded {
  /** the text whose offsets `toSource` maps (the value, or for quoted scalars its source layout) */
  text: string
  toSource(offset: number): number
}

export function embeddedText(pos: Positions, path: Path): Embedded | undefined {
  const loc = pos.locate(path)
  if (!loc || loc.depth !== path.length) return undefined
  const src = pos.file.text
  const spot = scalarSpot(src, loc)
  if (!spot) return undefined
  if (spot.style === 'single') {
    // '' is two characters in both the source and this text, so offsets line up
    const text = src.slice(spot.from + 1, spot.to - 1)
    return { text, toSource: (o) => spot.from + 1 + o }
  }
  if (spot.style === 'literal' && spot.blockIndent !== undefined) {
    const starts: number[] = []
    const lines: string[] = []
    let p = nextLineStart(src, spot.from)
    while (p < spot.to) {
      const line = lineAt(src, p)
      starts.push(p + Math.min(spot.blockIndent, line.indent))
      lines.push(src.slice(p + Math.min(spot.blockIndent, line.end - p), line.end))
      p = line.next
    }
    const text = lines.join('\n')
    return {
      text,
      toSource(o) {
        let acc = 0
        for (let i = 0; i < lines.length; i++) {
          const len = (lines[i] as string).length
          if (o <= acc + len) return (starts[i] as number) + (o - acc)
          acc += len + 1
        }
        return spot.to
      },
    }
  }
  if (spot.style === 'plain' || spot.style === 'double') {
    const raw = src.slice(spot.from, spot.to)
    if (raw.includes('\n') || (spot.style === 'double' && raw.includes('\\'))) return undefined
    const q = spot.style === 'double' ? 1 : 0
    return { text: raw.slice(q, raw.length - q), toSource: (o) => spot.from + q + o }
  }
  return undefined
}
