import { Composer, Parser } from 'yaml'
import type { Node as YamlNode, Scalar } from 'yaml'
import { describe, expect, it } from 'vitest'
import { allFixtures, ciFixtures } from '../../test/fixtures.ts'
import type { Located } from '../yaml/outline.ts'
import { editCtx, find } from './editContext.ts'
import { holderRegion, scalarSpot } from './editScalar.ts'
import type { Path } from './path.ts'
import { readSiteFile } from './siteFile.ts'

/** The composer-based lookup scalarSpot replaced: its ranges are the reference. */
function composerSpot(text: string, loc: Located) {
  const r = holderRegion(text, loc)
  if (!r) return null
  const d = [...new Composer({ keepSourceTokens: true }).compose(new Parser().parse(r.region))][0]
  if (!d || d.errors.length) return null
  const h = loc.holder!
  const node = d.getIn([h.kind === 'entry' ? h.entry.key : 0], true) as YamlNode | undefined
  if (!node?.range) return null
  const a = node.range[0] + r.shift
  let b = node.range[1] + r.shift
  while (b > a && (text[b - 1] === '\n' || text[b - 1] === '\r')) b--
  if (a === b) return null
  const type = ((node as Scalar).srcToken as { type?: string } | undefined)?.type
  return { from: a, to: b, type }
}

const STYLE: Record<string, string> = {
  'single-quoted-scalar': 'single',
  'double-quoted-scalar': 'double',
}

function* scalarPaths(v: unknown, path: Path = []): Generator<Path> {
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* scalarPaths(v[i], [...path, i])
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) yield* scalarPaths(x, [...path, k])
  else if (path.length) yield path
}

describe('scalarSpot', () => {
  it.each([...allFixtures(), ...ciFixtures()].map((f) => [f.name, f.text]))(
    'finds the range the composer finds, for every scalar of %s',
    (_name, text) => {
      const file = readSiteFile(text)
      const doc = file.docs[file.site]
      if (!doc || doc.error) return
      const ctx = editCtx(file)
      let checked = 0
      for (const path of scalarPaths(doc.data)) {
        const loc = find(ctx, path)
        if (loc.depth !== path.length) continue
        const ours = scalarSpot(text, loc)
        const ref = composerSpot(text, loc)
        expect({ path, from: ours?.from, to: ours?.to }).toEqual({
          path,
          from: ref?.from,
          to: ref?.to,
        })
        if (ours && ref?.type && ref.type !== 'block-scalar')
          expect(ours.style).toBe(STYLE[ref.type] ?? 'plain')
        checked++
      }
      expect(checked).toBeGreaterThan(0)
    },
  )

  const spot = (text: string, path: Path) => {
    const file = readSiteFile(text)
    const s = scalarSpot(text, find(editCtx(file), path))
    return s && { ...s, source: text.slice(s.from, s.to) }
  }

  it.each([
    ['a: plain # note\n', ['a'], 'plain', 'plain'],
    ["a: 'it''s'\n", ['a'], "'it''s'", 'single'],
    ['a: "x\\ty"\n', ['a'], '"x\\ty"', 'double'],
    ['a: !!str 5\n', ['a'], '5', 'plain'],
    ['a: &x v\nb: *x\n', ['b'], '*x', 'plain'],
    ['a:\n  folded\n  plain\n', ['a'], 'folded\n  plain', 'plain'],
    ['a: |-\n  one\n  two\n\nb: 1\n', ['a'], '|-\n  one\n  two', 'literal'],
    ['a: >\n  one\n', ['a'], '>\n  one', 'double'],
    ['l:\n  - x\n  - "y"\n', ['l', 1], '"y"', 'double'],
  ] as const)('%j at %j is %j (%s)', (text, path, source, style) => {
    expect(spot(text, [...path])).toMatchObject({ source, style })
  })

  it('finds no scalar where a value is empty or is a collection', () => {
    expect(spot('a:\nb: 1\n', ['a'])).toBeNull()
    expect(spot('a: # note\nb: 1\n', ['a'])).toBeNull()
    expect(spot('a: [1, 2]\n', ['a'])).toBeNull()
  })
})
