import { describe, expect, it } from 'vitest'
import { readSiteFile, syntaxProblem } from './siteFile.ts'

const site = 'apiVersion: ran.openshift.io/v1\nkind: SiteConfig\nmetadata:\n  name: s\n'

// which parts of a file are documents: the line-by-line content test must agree with the
// split-based one it replaced, on every kind of line that is not content
describe('readSiteFile: documents are the parts with content', () => {
  it.each([
    ['comments before the first marker', `# a\n\n  # b\n---\n${site}`, 1],
    ['a leading Namespace', `kind: Namespace\napiVersion: v1\n---\n${site}`, 2],
    ['an empty document between markers', `${site}---\n# only a comment\n...\n---\n${site}`, 2],
    ['content on the marker line', '--- { a: 1 }\n', 1],
    ['content after many comment lines', `${'# c\r\n'.repeat(500)}${site}`, 1],
    ['a trailing marker', `${site}---\n`, 1],
  ])('%s', (_, text, docs) => {
    expect(readSiteFile(text).docs).toHaveLength(docs)
  })

  it('still refuses an alias cycle and still reads a file without any `*` as is', () => {
    expect(syntaxProblem(readSiteFile(`${site}spec: &a\n  x: [*a]\n`))?.message).toMatch(/a cycle/)
    const star = readSiteFile(`${site}spec:\n  note: "a * b"\n`)
    expect(syntaxProblem(star)).toBeUndefined()
  })
})
