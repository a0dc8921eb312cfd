import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fileKind, readSiteFile, syntaxProblem } from '../core/document/siteFile.ts'
import { validate } from '../core/validate/validate.ts'
import { FIXTURES_DIR } from '../test/fixtures.ts'

// the templates as the build bundles them (?raw): the files' text
const dir = new URL('./', import.meta.url)
const read = (f: string) => readFileSync(new URL(f, dir), 'utf8')
// the documentation's own example keeps its decimal 755 modes (the seed SiteConfig does too)
const DOCS_MODES = ['extract-ai.sh', 'agent-fix-bz1964591', 'extract-ocp.sh'].map(
  (f) => `ign-mode-special-bits /usr/local/bin/${f}`,
)
const known = (name: string) => (name === 'ci-docs-precache.yaml' ? DOCS_MODES : [])

const TEMPLATES: Array<[string, 'SiteConfig' | 'ClusterInstance']> = [
  ['bare-sno.yaml', 'SiteConfig'],
  ['compact-3node.yaml', 'SiteConfig'],
  ['standard.yaml', 'SiteConfig'],
  ['ci-sno.yaml', 'ClusterInstance'],
  ['ci-compact.yaml', 'ClusterInstance'],
  ['ci-standard.yaml', 'ClusterInstance'],
  ['ci-arbiter.yaml', 'ClusterInstance'],
  ['ci-docs-precache.yaml', 'ClusterInstance'],
]

describe('New’s templates', () => {
  it.each(TEMPLATES)('%s reads as a %s with only its known error findings', (name, kind) => {
    const file = readSiteFile(read(name))
    expect(syntaxProblem(file)).toBeUndefined()
    expect(fileKind(file)).toBe(kind)
    const errors = validate(file).filter((d) => d.severity === 'error')
    expect(errors.map((d) => `${d.rule} ${d.message.split(':')[0]}`)).toEqual(known(name))
  })

  it('the 4.21 documentation example is the fixture, verbatim', () => {
    expect(read('ci-docs-precache.yaml')).toBe(
      readFileSync(FIXTURES_DIR + 'clusterinstance/ocp-4.21-docs-precache-example.yaml', 'utf8'),
    )
  })
})
