import { describe, expect, it } from 'vitest'
import { seedText } from '../../test/fixtures.ts'
import * as cmd from './commands.ts'
import { deleteIn, insertItem, setIn } from './edit.ts'
import { duplicateItem, moveItem } from './editSeq.ts'
import { readSiteFile, siteData } from './siteFile.ts'
import type { SiteFile } from './siteFile.ts'
import { siteConfigModel } from '../site/siteModel.ts'

const bareLf = (s: string) => /(?<!\r)\n/.test(s)

describe('edits in a CRLF file write CRLF', () => {
  it('inserts a list item with CRLF', () => {
    expect(insertItem(readSiteFile('l:\r\n- a\r\n'), ['l'], 1, 'b').text).toBe(
      'l:\r\n- a\r\n- b\r\n',
    )
  })

  it('joins with the line break next to the edit in mixed text, so removing restores it', () => {
    const f = readSiteFile('l:\n- a\r\nb: 1\n')
    const out = insertItem(f, ['l'], 1, 'x')
    expect(out.text).toBe('l:\n- a\r\n- x\r\nb: 1\n')
    expect(deleteIn(out, ['l', 1]).text).toBe(f.text)
  })

  it('removes the last line of a file without a final newline, CR included', () => {
    expect(deleteIn(readSiteFile('a: 1\r\nb: 2'), ['b']).text).toBe('a: 1')
  })

  it('moves the bare last item without leaving a CR behind', () => {
    const f = readSiteFile('l:\r\n- a\r\n- b\r\n- c')
    expect(moveItem(f, ['l'], 2, 0).text).toBe('l:\r\n- c\r\n- a\r\n- b')
    expect(duplicateItem(f, ['l'], 2).text).toBe('l:\r\n- a\r\n- b\r\n- c\r\n- c')
  })

  const file = readSiteFile(seedText().replace(/\r?\n/g, '\r\n'))
  const c0 = [...siteConfigModel.cluster(0)]
  const ops: Array<[string, (f: SiteFile) => SiteFile]> = [
    ['a new nested key', (f) => setIn(f, [...c0, 'proxy', 'httpProxy'], 'http://p:3128')],
    ['a multi-line value', (f) => setIn(f, [...c0, 'note'], { a: 'x\ny', b: [1, 2] })],
    ['a new node', (f) => cmd.addNode(f, { cluster: 0 })],
    ['a copied cluster', (f) => cmd.duplicateCluster(f, { index: 0 })],
    ['a removed key', (f) => deleteIn(f, [...c0, 'clusterName'])],
  ]
  it.each(ops)('%s on the seed example', (_, op) => {
    const out = op(file)
    expect(out.text).not.toBe(file.text)
    expect(bareLf(out.text)).toBe(false)
    expect(siteData(readSiteFile(out.text))).toEqual(siteData(out))
  })
})
