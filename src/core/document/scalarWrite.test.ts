import { describe, expect, it } from 'vitest'
import { allFixtures, seedText } from '../../test/fixtures.ts'
import { setIn } from './edit.ts'
import { readSiteFile } from './siteFile.ts'
import type { SiteFile } from './siteFile.ts'
import { siteConfigModel } from '../site/siteModel.ts'

const host = [...siteConfigModel.node(0, 0), 'hostName']
const name = [...siteConfigModel.cluster(0), 'clusterName']

/** What a fresh read of the same text gives: no remembered place to start from. */
const cold = (f: SiteFile, path: (string | number)[], v: unknown) =>
  setIn(readSiteFile(f.text), path, v).text

describe('the place of the last scalar write', () => {
  it('travels with the file that write made, not with the module', () => {
    const a = setIn(readSiteFile(seedText()), host, 'a.example.com')
    expect(a.scalarWrite).toMatchObject({ path: host.join('\u0000'), text: a.text })
    // another file's write in between does not disturb it
    const other = setIn(readSiteFile(seedText()), name, 'other')
    expect(other.scalarWrite?.text).toBe(other.text)
    const b = setIn(a, host, 'ab.example.com')
    expect(b.text).toBe(cold(a, host, 'ab.example.com'))
    expect(b.scalarWrite?.to).toBe((a.scalarWrite?.to ?? 0) + 1)
  })

  it('is not used for another path, nor after an edit that wrote no scalar', () => {
    const a = setIn(readSiteFile(seedText()), host, 'a.example.com')
    const b = setIn(a, name, 'renamed')
    expect(b.scalarWrite?.path).toBe(name.join('\u0000'))
    expect(setIn(b, host, 'c.example.com').text).toBe(cold(b, host, 'c.example.com'))
    const entry = setIn(b, [...siteConfigModel.cluster(0), 'clusterLabels', 'new-label'], 'x')
    expect(entry.scalarWrite).toBeUndefined()
    expect(setIn(entry, name, 'again').text).toBe(cold(entry, name, 'again'))
  })

  it.each(allFixtures().map((f) => [f.name, f.text] as const))(
    'typing into one field gives the bytes a fresh lookup gives at every keystroke: %s',
    (_, text) => {
      let f = readSiteFile(text)
      if (typeof (f.docs[f.site]?.data as { kind?: unknown })?.kind !== 'string') return
      const path = ['metadata', 'name']
      for (const typed of ['s', 'si', 'si"', "si'te", 'si te', 'yes', '1', '']) {
        const next = setIn(f, path, typed)
        expect(next.text).toBe(cold(f, path, typed))
        f = next
      }
    },
  )
})
