import jsyaml from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { allFixtures } from '../../test/fixtures.ts'
import { expandedBytes, MAX_EXPANDED_BYTES } from './guard.ts'
import { readSiteFile, syntaxProblem } from './siteFile.ts'

/** A SiteConfig whose clusterName is a long string repeated `fan ** levels` times by aliases. */
function stringBomb(totalChars: number, fan: number, levels: number): string {
  const head = 'apiVersion: ran.openshift.io/v1\nkind: SiteConfig\nmetadata:\n  name: bomb\n'
  const rows = [`spec:\n  baseDomain: example.com\n  clusters:\n  - clusterName: *a${levels}`]
  for (let k = levels; k >= 1; k--)
    rows.unshift(
      `x${k}: &a${k} [${Array(fan)
        .fill(`*a${k - 1}`)
        .join(', ')}]`,
    )
  const rest = head.length + rows.join('\n').length + 20
  return `${head}x0: &a0 "${'lol '.repeat((totalChars - rest) / 4)}"\n${rows.join('\n')}\n`
}

describe('alias guard: counts expanded bytes', () => {
  it.each([
    ['107 KB making 200 MB', 107_000, 10, 3],
    ['119 KB making 2 GB', 119_000, 12, 4],
  ])('refuses %s within a second, with a short message at the first anchor', (_, size, fan, k) => {
    const text = stringBomb(size, fan, k)
    expect(Math.abs(text.length - size)).toBeLessThan(1000)
    const t0 = performance.now()
    const file = readSiteFile(text)
    const ms = performance.now() - t0
    const p = syntaxProblem(file)
    expect(p?.message).toMatch(/^aliases expand to more than 20 MB of data/)
    expect(p?.message.length).toBeLessThan(200)
    expect(p?.line).toBe(5) // x0: &a0 "…"
    expect(p?.column).toBe(5)
    expect(ms).toBeLessThan(1000)
  })

  it('measures a billion laughs in time proportional to its nodes', () => {
    const rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 1; i < 10; i++) {
      const [me, prev] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)]
      rows.push(
        `${me}: &${me} [${Array(9)
          .fill('*' + prev)
          .join(',')}]`,
      )
    }
    const data = jsyaml.load(rows.join('\n'), { schema: jsyaml.CORE_SCHEMA })
    const t0 = performance.now()
    expect(expandedBytes(data, Infinity)).toBeGreaterThan(9 ** 10)
    expect(performance.now() - t0).toBeLessThan(1000)
  })

  it('never refuses a file without aliases: no fixture measures more than its length', () => {
    for (const { text } of allFixtures())
      for (const d of readSiteFile(text).docs)
        expect(expandedBytes(d.data, Infinity)).toBeLessThanOrEqual(text.length)
  })

  it('accepts ordinary reuse: one 100 KB block shared by 100 nodes', () => {
    const nodes = Array.from({ length: 100 }, (_, i) => `    - hostName: n${i}\n      extra: *big`)
    const text = `apiVersion: ran.openshift.io/v1\nkind: SiteConfig\nbig: &big "${'x'.repeat(100_000)}"\nspec:\n  clusters:\n  - nodes:\n${nodes.join('\n')}\n`
    const file = readSiteFile(text)
    expect(syntaxProblem(file)).toBeUndefined()
    expect(expandedBytes(file.docs[0]?.data, Infinity)).toBeLessThan(MAX_EXPANDED_BYTES)
  })

  it('finds a cycle (an alias inside its own anchor), which the reader refuses', () => {
    const a: Record<string, unknown> = { k: 'v' }
    a.self = a
    expect(expandedBytes(a, Infinity)).toBe(Infinity)
    const p = syntaxProblem(
      readSiteFile('kind: SiteConfig\nspec:\n  clusters:\n  - &c\n    loop: *c\n'),
    )
    expect(p?.message).toMatch(/^an alias refers to its own anchor \(a cycle\)/)
    expect([p?.line, p?.column]).toEqual([4, 5])
    // shared but not cyclic: fine
    expect(syntaxProblem(readSiteFile('a: &a {b: 1}\nc: [*a, *a]\n'))).toBeUndefined()
  })
})
