/**
 * The line table lists the same entries and items as mapEntries/seqItems, with the same ends,
 * without computing an end before one is asked for; and it gives lineIndex's line:column.
 */
import { describe, expect, it } from 'vitest'
import { allFixtures } from '../../test/fixtures.ts'
import { generate } from '../../../scripts/generate.ts'
import { lineIndex } from './lines.ts'
import { mapEntries, rootNode, seqItems } from './outline.ts'
import type { OutlineNode } from './outline.ts'
import { LineTable } from './outlineLines.ts'

const lines = (...l: string[]) => l.join('\n') + '\n'
const TRICKY = [
  lines(
    'a:',
    '- 1',
    '# at the column',
    '- 2',
    'b: |',
    '  text',
    '#  not content',
    '  more',
    'c: 3',
  ),
  lines('x:', '  - k: |', '      body', '    # comment', '      body', '    j: 2', '  - k: 3'),
  lines(
    'm:',
    '  p: 1',
    '\t',
    '  q: >-',
    '    folded',
    '',
    '    on',
    '  r:',
    '  - kube',
    '  s: "a',
    '  b"',
  ),
  'a: 1\r\nb:\r\n  c: 2\r\n  d:\r\n  - 3\r\n',
  // spaces then a lone '\r': extentEnd reads a break, lineAt a line of content
  lines(
    'a:',
    '  b: 1',
    '    \r x',
    'c: 2',
    '  \r d',
    'e: |',
    '    t',
    '  \r z',
    '    # in the block',
    'f: 1',
  ),
  lines('---', 'k: v', '...', '---', 'z: [1, 2]', 'y: {a: 1}', '? complex', ': value'),
  'top: 1\nnested:\n  deep:\n    deeper: x',
  lines(
    'a:',
    '  b: 1',
    '  \r c',
    '  d: |',
    '    x',
    '   \r',
    '    y',
    '  e:',
    '  - 1',
    '\t# tab',
    '  f: 2',
  ),
]

type Shape = { key?: string; at: number; inline?: boolean; end: number; value: string }

function shapes(text: string, node: OutlineNode, table: LineTable | undefined): Shape[] {
  const value = (v: OutlineNode) => `${v.kind}:${v.start}-${v.end}:${v.col}:${v.minIndent}`
  if (node.kind === 'map')
    return (table ? table.entries(node) : [...mapEntries(text, node)]).map((e) => ({
      key: e.key,
      at: e.keyStart,
      inline: e.inline,
      end: e.end,
      value: value(e.value),
    }))
  return (table ? table.items(node) : [...seqItems(text, node)]).map((i) => ({
    at: i.dash,
    end: i.end,
    value: value(i.value),
  }))
}

/** Every collection of the outline, depth first. */
function collections(text: string, node: OutlineNode, out: OutlineNode[] = []): OutlineNode[] {
  if (node.kind !== 'map' && node.kind !== 'seq') return out
  out.push(node)
  const kids = node.kind === 'map' ? [...mapEntries(text, node)] : [...seqItems(text, node)]
  for (const k of kids) collections(text, k.value, out)
  return out
}

describe('LineTable: children as the outline lists them', () => {
  const texts = [
    ...allFixtures().map((f) => [f.name, f.text]),
    ...TRICKY.map((t, i) => [`tricky ${i}`, t]),
  ]
  it.each(texts.concat([['generated, 30 nodes', generate(30)]]))('%s', (_, text) => {
    const table = new LineTable(text as string)
    const src = text as string
    for (const node of collections(src, rootNode(src, 0, src.length)))
      expect(shapes(src, node, table)).toEqual(shapes(src, node, undefined))
    const at = lineIndex(src)
    for (let o = 0; o <= src.length; o += 7) expect(table.lineCol(o)).toEqual(at(o))
  })

  it('computes no entry end while listing (a lookup pays only for the ends it reads)', () => {
    const text = generate(3)
    const table = new LineTable(text)
    const root = rootNode(text, 0, text.length)
    const spec = table.entries(root).find((e) => e.key === 'spec')!.value
    const clusters = table.entries(spec).find((e) => e.key === 'clusters')!.value
    const cluster = table.items(clusters)[0]!.value
    // LazyEnd keeps -1 until its end is asked for
    const computed = (xs: object[]) => xs.filter((x) => (x as { known: number }).known !== -1)
    expect(computed(table.entries(cluster))).toEqual([])
    expect(computed(table.items(clusters))).toEqual([])
    // mapEntries finds each next entry from the previous one's end
    expect(computed([...mapEntries(text, cluster)]).length).toBeGreaterThan(5)
  })
})
