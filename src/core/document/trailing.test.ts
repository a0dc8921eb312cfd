import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FIXTURES_DIR } from '../../test/fixtures.ts'
import { deleteIn, insertItem, setIn } from './edit.ts'
import { readSiteFile, siteData } from './siteFile.ts'
import type { SiteFile } from './siteFile.ts'

const CI =
  'clusterinstance/stolostron__siteconfig__docs__skipping_secret_verification.md__L34-47.yaml'
const reread = (f: SiteFile) => siteData(readSiteFile(f.text))

describe('a multi-line value added before an indented trailing comment', () => {
  const text = readFileSync(FIXTURES_DIR + CI, 'utf8')
  const file = readSiteFile(text)
  const comment = '  # ... remainder of ClusterInstance spec ...\n'

  it.each([
    ['a new root key', ['note']],
    ['a new spec key', ['spec', 'note']],
  ])('%s reads back as written and the comment stays', (_, path) => {
    const out = setIn(file, path, 'a\nb\n')
    expect(reread(out)).toEqual(siteData(out))
    expect(out.text).toContain(comment)
  })

  it('a new list item with a multi-line value', () => {
    const f = readSiteFile('l:\n- a\n  # end of the list\n')
    const out = insertItem(f, ['l'], 1, 'x\ny')
    expect(reread(out)).toEqual({ l: ['a', 'x\ny'] })
    expect(out.text).toContain('  # end of the list\n')
  })
})

describe('removing the only key of the document', () => {
  it('writes an empty mapping, which reads back as one', () => {
    const out = deleteIn(readSiteFile('# top\na: 1\n'), ['a'])
    expect(out.text).toBe('# top\n{}\n')
    expect(reread(out)).toEqual({})
    expect(siteData(out)).toEqual({})
  })
})
