/** Dotted document paths, as the CLI's `set` and the problem list write them. */
import { describe, expect, it } from 'vitest'
import { deleteInData, formatPath, getIn, parsePath, setInData } from './path.ts'
import type { PathSegment } from './path.ts'

describe('parsePath', () => {
  it.each<[string, string, PathSegment[]]>([
    [
      'a node field',
      'spec.clusters.0.nodes.1.hostName',
      ['spec', 'clusters', 0, 'nodes', 1, 'hostName'],
    ],
    ['a bracketed index', 'nodes[2].role', ['nodes', 2, 'role']],
    [
      'a quoted key with dots',
      'clusterLabels["kubernetes.io/role"]',
      ['clusterLabels', 'kubernetes.io/role'],
    ],
    ['a quoted key with an escaped quote', 'a["say \\"hi\\""]', ['a', 'say "hi"']],
    ['a quoted number stays a key', 'labels["0"]', ['labels', '0']],
    ['a bare number is an index, leading zeros dropped', 'a.007', ['a', 7]],
    ['empty segments are skipped', 'a..b.', ['a', 'b']],
    ['the empty path', '', []],
  ])('%s', (_, s, path) => {
    expect(parsePath(s)).toEqual(path)
  })
})

describe('formatPath', () => {
  it.each<[string, PathSegment[], string]>([
    [
      'a node field',
      ['spec', 'clusters', 0, 'nodes', 1, 'hostName'],
      'spec.clusters.0.nodes.1.hostName',
    ],
    ['an index first', [0, 'a'], '0.a'],
    ['a key with a dot', ['l', 'kubernetes.io/role'], 'l["kubernetes.io/role"]'],
    ['a numeric key', ['labels', '0'], 'labels["0"]'],
    ['a key with a quote and a backslash', ['a', 'x"\\'], 'a["x\\"\\\\"]'],
    ['a key with brackets', ['a[0]'], '["a[0]"]'],
  ])('%s', (_, path, s) => {
    expect(formatPath(path)).toBe(s)
    expect(parsePath(s)).toEqual(path)
  })
})

describe('data along a path', () => {
  const data = { spec: { clusters: [{ nodes: [{ hostName: 'h' }] }] } }
  it.each<[string, PathSegment[], unknown]>([
    ['a leaf', ['spec', 'clusters', 0, 'nodes', 0, 'hostName'], 'h'],
    ['through a missing key', ['spec', 'nope', 'x'], undefined],
    ['into a scalar', ['spec', 'clusters', 0, 'nodes', 0, 'hostName', 'x'], undefined],
    ['the root', [], data],
  ])('getIn: %s', (_, path, value) => {
    expect(getIn(data, path)).toEqual(value)
  })

  it.each<[string, unknown, PathSegment[], unknown, unknown]>([
    ['a new key', {}, ['a'], 1, { a: 1 }],
    ['a new list on the way', {}, ['l', 0], 'x', { l: ['x'] }],
    [
      'a __proto__ key already there stays data',
      JSON.parse('{"__proto__": 1}'),
      ['b'],
      2,
      JSON.parse('{"__proto__": 1, "b": 2}'),
    ],
  ])('setInData: %s', (_, root, path, value, out) => {
    const got = setInData(root, path, value)
    expect(got).toEqual(out)
    expect(Object.getPrototypeOf(got)).toBe(Object.prototype)
  })

  it.each<[string, PathSegment[], unknown]>([
    ['a list item', ['l', 1], { l: [1, 3], m: { a: 1 } }],
    ['a key', ['m', 'a'], { l: [1, 2, 3], m: {} }],
  ])('deleteInData: %s', (_, path, out) => {
    const before = { l: [1, 2, 3], m: { a: 1 } }
    expect(deleteInData(before, path)).toEqual(out)
    expect(before).toEqual({ l: [1, 2, 3], m: { a: 1 } })
  })
})
