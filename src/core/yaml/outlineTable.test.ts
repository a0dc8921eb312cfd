/** The outline on the shapes the fixtures use: what each path finds, and the text its holder spans. */
import { describe, expect, it } from 'vitest'
import { locate, rootNode } from './outline.ts'
import type { NodeKind, PathSegment } from './outline.ts'

function at(text: string, path: PathSegment[]) {
  const loc = locate(text, rootNode(text, 0, text.length), path)
  const h = loc.holder
  const from = !h ? loc.node.start : h.kind === 'entry' ? h.entry.keyStart : h.item.dash
  const to = !h ? loc.node.end : h.kind === 'entry' ? h.entry.end : h.item.end
  return { depth: loc.depth, kind: loc.node.kind, holds: text.slice(from, to) }
}

const lines = (...l: string[]) => l.join('\n') + '\n'
const seed = lines(
  'metadata:',
  '  name: "example-5g-lab"',
  'spec:',
  '  clusters:',
  '  - clusterName: "sno-worker-0"',
  '    clusterLabels:',
  '      group-du-sno: ""',
  '      sites : "example-5g-lab"',
  '    clusterNetwork:',
  '      - cidr: 10.128.0.0/14',
  '        hostPrefix: 23',
  '    ignitionConfigOverride:',
  "      '{",
  '        "ignition": {"version": "3.1.0"}',
  "      }'",
  '    nodes:',
  '    - hostName: "node1"',
  '  other: 1',
)

describe('outline: where a path leads', () => {
  it.each<[string, string, PathSegment[], NodeKind, string]>([
    ['a double-quoted scalar', seed, ['metadata', 'name'], 'scalar', 'name: "example-5g-lab"'],
    [
      'a list flush with its key',
      seed,
      ['spec', 'clusters'],
      'seq',
      seed.slice(seed.indexOf('clusters:'), seed.indexOf('\n  other')),
    ],
    ['a key after a flush list', seed, ['spec', 'other'], 'scalar', 'other: 1'],
    [
      'an empty string value',
      seed,
      ['spec', 'clusters', 0, 'clusterLabels', 'group-du-sno'],
      'scalar',
      'group-du-sno: ""',
    ],
    [
      'a key with a space before its colon',
      seed,
      ['spec', 'clusters', 0, 'clusterLabels', 'sites'],
      'scalar',
      'sites : "example-5g-lab"',
    ],
    [
      'an indented list item',
      seed,
      ['spec', 'clusters', 0, 'clusterNetwork', 0, 'hostPrefix'],
      'scalar',
      'hostPrefix: 23',
    ],
    [
      'a single-quoted override folded over lines',
      seed,
      ['spec', 'clusters', 0, 'ignitionConfigOverride'],
      'scalar',
      seed.slice(seed.indexOf('ignitionConfigOverride'), seed.indexOf("}'") + 2),
    ],
    [
      'a nested flush list item',
      seed,
      ['spec', 'clusters', 0, 'nodes', 0],
      'map',
      '- hostName: "node1"',
    ],
    [
      'a |- block whose lines start with #',
      lines('script: |-', '  #!/bin/bash', '  # note', '  echo', 'next: 1'),
      ['script'],
      'block-scalar',
      'script: |-\n  #!/bin/bash\n  # note\n  echo',
    ],
    [
      'a | block with a blank line inside',
      lines('a: |', '  one', '', '  two', 'b: 1'),
      ['a'],
      'block-scalar',
      'a: |\n  one\n\n  two',
    ],
    [
      'a key after comment lines between entries',
      lines('a: 1', '# about b', '    # deeper note', 'b: 2'),
      ['b'],
      'scalar',
      'b: 2',
    ],
    [
      'an entry followed by comment lines',
      lines('a: 1', '# about b', 'b: 2'),
      ['a'],
      'scalar',
      'a: 1',
    ],
    [
      'CRLF line breaks (end before the CR)',
      'a:\r\n  b: 1\r\n  c: 2\r\n',
      ['a', 'c'],
      'scalar',
      'c: 2',
    ],
    [
      'a mapping in CRLF text',
      'a:\r\n  b: 1\r\n  c: 2\r\n',
      ['a'],
      'map',
      'a:\r\n  b: 1\r\n  c: 2',
    ],
    ['an empty value before a sibling', lines('a:', 'b: 1'), ['a'], 'null', 'a:'],
    [
      'an empty value with a comment',
      lines('a: # none yet', 'b: 1'),
      ['a'],
      'null',
      'a: # none yet',
    ],
    ['a flow sequence', lines('ntp: [a, b]', 'x: 1'), ['ntp'], 'flow', 'ntp: [a, b]'],
    [
      'a flow mapping over two lines',
      lines('m: {a: 1,', '  b: 2}', 'n: 3'),
      ['m'],
      'flow',
      'm: {a: 1,\n  b: 2}',
    ],
    ['a double-quoted key with a dot', lines('"a.b": 1', 'c: 2'), ['a.b'], 'scalar', '"a.b": 1'],
    ["a single-quoted key with ''", lines("'c''d': 2"), ["c'd"], 'scalar', "'c''d': 2"],
    [
      'a mapping item opened on its dash line',
      lines('- a: 1', '  b: 2', '- c: 3'),
      [0, 'b'],
      'scalar',
      'b: 2',
    ],
    ['the next item of that list', lines('- a: 1', '  b: 2', '- c: 3'), [1], 'map', '- c: 3'],
    ['a list nested on one dash line', lines('- - x', '  - y'), [0, 1], 'scalar', '- y'],
    [
      'after a document marker with a comment',
      lines('--- # first', 'a: 1'),
      ['a'],
      'scalar',
      'a: 1',
    ],
    ['an anchored value', lines('a: &x 1', 'b: *x'), ['a'], 'other', 'a: &x 1'],
  ])('%s', (_, text, path, kind, holds) => {
    expect(at(text, path)).toEqual({ depth: path.length, kind, holds })
  })
})

describe('outline: where a path stops', () => {
  it.each<[string, string, PathSegment[], number, NodeKind]>([
    ['a missing key stops at its mapping', lines('a:', '  b: 1'), ['a', 'c'], 1, 'map'],
    ['an index past the end stops at the list', lines('l:', '- 1'), ['l', 1], 1, 'seq'],
    ['a flow sequence is not entered', lines('ntp: [a, b]'), ['ntp', 0], 1, 'flow'],
    ['a key of a scalar', lines('a: 1'), ['a', 'b'], 1, 'scalar'],
    ['a complex key makes the root other', lines('? a', ': 1'), ['a'], 0, 'other'],
    ['a value on the marker line makes the root other', lines('--- a'), ['a'], 0, 'other'],
    ['a comment-only document has a null root', lines('# nothing'), ['a'], 0, 'null'],
  ])('%s', (_, text, path, depth, kind) => {
    const r = at(text, path)
    expect([r.depth, r.kind]).toEqual([depth, kind])
  })
})
