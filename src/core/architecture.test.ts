/**
 * The import graph of src/: no cycles (type-only imports count: they tie modules together just
 * the same), and the codecs stay below the document layer (they decode values, never files).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = resolve(__dirname, '..')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name)
    if (e.isDirectory()) return sources(p)
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : []
  })
}

const IMPORT = /^\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]/gm

/** Each module (path relative to src/) and the modules of src/ it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8')
    const deps = [...text.matchAll(IMPORT)].map((m) =>
      relative(SRC, resolve(dirname(file), m[1] as string)),
    )
    graph.set(relative(SRC, file), deps)
  }
  return graph
}

/** Every strongly connected group of more than one module, or a module importing itself. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  let next = 0
  const visit = (v: string) => {
    index.set(v, next)
    low.set(v, next++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number))
    }
    if (low.get(v) !== index.get(v)) return
    const group: string[] = []
    for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
      onStack.delete(w)
      group.push(w)
      if (w === v) break
    }
    if (group.length > 1 || graph.get(v)?.includes(v)) found.push(group.sort())
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return found
}

describe('module architecture', () => {
  const graph = importGraph()

  it('reads the imports of every module', () => {
    expect(graph.size).toBeGreaterThan(50)
    expect(graph.get('core/document/edit.ts')).toContain('core/yaml/outline.ts')
  })

  it('has no import cycles in src/', () => {
    expect(cycles(graph)).toEqual([])
  })

  it('keeps codecs from importing the document layer', () => {
    const up = [...graph].flatMap(([file, deps]) =>
      file.startsWith('core/codecs/')
        ? deps.filter((d) => d.startsWith('core/document/')).map((d) => `${file} -> ${d}`)
        : [],
    )
    expect(up).toEqual([])
  })

  it("writes the clusters' key only in the site model", () => {
    const hand = [...graph.keys()].filter(
      (f) =>
        f !== 'core/site/siteModel.ts' && readFileSync(join(SRC, f), 'utf8').includes("'clusters'"),
    )
    expect(hand).toEqual([])
  })

  it('keeps no mutable state at module level in the lossless writer', () => {
    const writer = /^core\/(document|yaml|codecs)\//
    const stateful = [...graph.keys()].filter(
      (f) => writer.test(f) && /^(?:export )?let /m.test(readFileSync(join(SRC, f), 'utf8')),
    )
    expect(stateful).toEqual([])
  })

  it('finds a cycle when there is one', () => {
    const g = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ])
    expect(cycles(g)).toEqual([['a.ts', 'b.ts', 'c.ts']])
  })
})
