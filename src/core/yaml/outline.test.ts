import { describe, expect, it } from 'vitest'
import { allFixtures } from '../../test/fixtures.ts'
import { readSiteFile } from '../document/siteFile.ts'
import { mapEntries, rootNode, seqItems } from './outline.ts'
import type { OutlineNode } from './outline.ts'

/** Every block mapping of the outline, found through the full (unfiltered) walk. */
function allMaps(text: string, node: OutlineNode, out: OutlineNode[] = []): OutlineNode[] {
  if (node.kind === 'map') {
    out.push(node)
    for (const e of mapEntries(text, node)) allMaps(text, e.value, out)
  } else if (node.kind === 'seq') for (const i of seqItems(text, node)) allMaps(text, i.value, out)
  return out
}

describe('mapEntries with a wanted key', () => {
  it.each(allFixtures().map((f) => [f.name, f.text]))(
    'finds what the full walk finds, for every key of every mapping: %s',
    (_, text) => {
      const file = readSiteFile(text)
      for (const doc of file.docs) {
        const root = rootNode(text, doc.start, doc.end)
        for (const map of allMaps(text, root)) {
          const full = [...mapEntries(text, map)]
          for (const key of [...new Set(full.map((e) => e.key)), 'absent-key', 'nodes']) {
            const want = [...mapEntries(text, map, key)].map((e) => [e.keyStart, e.end])
            expect(want).toEqual(full.filter((e) => e.key === key).map((e) => [e.keyStart, e.end]))
          }
        }
      }
    },
  )

  it('stops where the full walk stops, and passes over quoted and look-alike keys', () => {
    const text = 'm:\n  ab: 1\n  "a": 2\n  a b: 3\n  a: 4\n  ? x\n  a: 5\n'
    const map = mapEntries(text, rootNode(text, 0, text.length)).next().value?.value
    expect(map?.kind).toBe('map')
    const keys = (k: string) => [...mapEntries(text, map as OutlineNode, k)].map((e) => e.keyStart)
    expect(keys('a')).toEqual([text.indexOf('"a"'), text.indexOf('  a: 4') + 2])
    expect(keys('a b')).toEqual([text.indexOf('a b')])
  })
})

describe('block scalars whose last lines start with #', () => {
  const ends = (text: string) =>
    [...mapEntries(text, rootNode(text, 0, text.length))].map((e) => text.slice(e.keyStart, e.end))

  it('keeps those lines in the scalar, not after it', () => {
    expect(ends('b: 1\na: |\n  echo\n  # end\n')).toEqual(['b: 1', 'a: |\n  echo\n  # end'])
    expect(ends('a: |-\r\n  # only\r\nb: 1')).toEqual(['a: |-\r\n  # only', 'b: 1'])
    const list = '- x: >\n    a\n    # b\n'
    const [item] = seqItems(list, rootNode(list, 0, list.length))
    expect(item?.end).toBe(list.length - 1)
  })

  it('leaves a comment shallower than the content outside', () => {
    expect(ends('a: |\n    echo\n  # note\nb: 1\n')).toEqual(['a: |\n    echo', 'b: 1'])
  })
})
