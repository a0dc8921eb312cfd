import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fileKind, readSiteFile, syntaxProblem } from '../core/document/siteFile.ts'
import { validate } from '../core/validate/validate.ts'
import { FIXTURES_DIR } from '../test/fixtures.ts'
import { TEMPLATES } from './index.ts'

// the documentation's own examples keep their decimal 755 modes (SiteConfig's and 4.21's)
const DOCS_MODES = ['extract-ai.sh', 'agent-fix-bz1964591', 'extract-ocp.sh'].map(
  (f) => `ign-mode-special-bits /usr/local/bin/${f}`,
)
const known = (id: string) => (id === 'seed' || id === 'ci-docs' ? DOCS_MODES : [])

describe('New’s templates', () => {
  it.each(TEMPLATES.map((t) => [t.id, t.kind, t] as const))(
    '%s reads as a %s with only its known error findings',
    async (id, kind, t) => {
      const file = readSiteFile(await t.text())
      expect(syntaxProblem(file)).toBeUndefined()
      expect(fileKind(file)).toBe(kind)
      const errors = validate(file).filter((d) => d.severity === 'error')
      expect(errors.map((d) => `${d.rule} ${d.message.split(':')[0]}`)).toEqual(known(id))
    },
  )

  it('the 4.21 documentation example is the fixture, verbatim', async () => {
    const docs = TEMPLATES.find((t) => t.id === 'ci-docs')!
    expect(await docs.text()).toBe(
      readFileSync(FIXTURES_DIR + 'clusterinstance/ocp-4.21-docs-precache-example.yaml', 'utf8'),
    )
  })
})
