/** Bugs the fuzz suite found, each as its minimal case (seed and shape in docs/RELIABILITY.md). */
import { describe, expect, it } from 'vitest'
import {
  addListItem,
  addNode,
  duplicateNode,
  moveListItem,
  renameMapKey,
  setField,
} from '../core/document/commands.ts'
import { EditError } from '../core/document/editContext.ts'
import { readSiteFile, siteData } from '../core/document/siteFile.ts'
import { setOverrideFileText } from '../core/precache/overrideCommands.ts'
import { summarizeChanges } from '../core/review/changes.ts'
import type { ChangeItem } from '../core/review/changes.ts'
import { revertChange } from '../core/review/revert.ts'
import { withOverride } from '../test/site.ts'
import { corpus } from './corpus.ts'
import { siteConfigModel } from '../core/site/siteModel.ts'

const reread = (text: string) => siteData(readSiteFile(text))

describe('an empty value (`key:`) set from a form', () => {
  it.each([
    ['a:\nb: 1\n', 'a: x\nb: 1\n'],
    ['a:', 'a: x'],
    ['l:\n-\n- y\n', 'l:\n- x\n- y\n'],
  ])('%j gets its separator, not a glued `a:x`', (text, want) => {
    const path = text.startsWith('l') ? ['l', 0] : ['a']
    expect(setField(readSiteFile(text), { path, value: 'x' }).text).toBe(want)
  })

  it('a comment after the empty value does not become part of it', () => {
    const out = setField(readSiteFile('a: # note\nb: 1\n'), { path: ['a'], value: 'x' })
    expect(reread(out.text)).toEqual({ a: 'x', b: 1 })
  })
})

describe('characters a YAML reader refuses or YAML 1.1 breaks lines at', () => {
  const odd = ['\udc00', 'a\ud800b', '\u0080', 'x\uffff', 'two\nlines\u0081', '\u2028', 'p\u0085q']
  it.each(odd)('value %j is written as an escape and reads back', (v) => {
    for (const text of ['a: x\n', "a: 'x'\n", 'a: |\n  x\n']) {
      const out = setField(readSiteFile(text), { path: ['a'], value: v })
      expect(out.text).not.toMatch(/[\u0080-\u009f\u2028\ud800-\udfff\uffff]/)
      expect(reread(out.text)).toEqual({ a: v })
    }
  })

  it.each(odd)('key %j too', (k) => {
    const f = readSiteFile('a: 1\n')
    expect(reread(renameMapKey(f, { path: ['a'], to: k }).text)).toEqual({ [k]: 1 })
    expect(
      reread(addListItem(readSiteFile('l:\n- 1\n'), { path: ['l'], value: { [k]: 2 } }).text),
    ).toEqual({ l: [1, { [k]: 2 }] })
  })
})

it('emptying a literal block leaves no stray line break', () => {
  const text = 'a: |\n  x\nb: 1\n'
  const out = setField(readSiteFile(text), { path: ['a'], value: '' })
  expect(out.text).toBe('a: ""\nb: 1\n')
})

it('a script edit on a malformed data URL is refused with a message (seed 1227921784)', () => {
  const text = withOverride({
    storage: { files: [{ path: '/x', contents: { source: 'data:,a>b' } }] },
  })
  const path = [...siteConfigModel.cluster(0), 'ignitionConfigOverride']
  // a DataUrlError escaped the UI's run(), which shows only EditErrors
  expect(() => setOverrideFileText(readSiteFile(text), { path, index: 0, text: 'new' })).toThrow(
    EditError,
  )
})

describe('cluster and node commands on hand-written shapes (seeds 439901085, 439901079)', () => {
  const head = 'apiVersion: ran.openshift.io/v1\nkind: SiteConfig\nspec:\n  clusters:\n'

  it('adding a node when another cluster has `nodes: x` (was a TypeError)', () => {
    const text = `${head}  - clusterName: a\n    nodes: x\n  - clusterName: b\n    nodes:\n    - hostName: h\n`
    const out = addNode(readSiteFile(text), { cluster: 1 })
    expect(reread(out.text)).toEqual(siteData(out))
  })

  it('duplicating a node that is not a mapping copies it verbatim', () => {
    const text = `${head}  - clusterName: a\n    nodes:\n    - []\n`
    const out = duplicateNode(readSiteFile(text), { cluster: 0, index: 0 })
    expect(out.text).toBe(`${head}  - clusterName: a\n    nodes:\n    - []\n    - []\n`)
    expect(reread(out.text)).toEqual(siteData(out))
  })
})

it('moving a list item keeps the blank lines between items in place (seed 439901110)', () => {
  const text = 'l:\n- a: 1\n\n- b: 2\n\n- c: 3\n\n'
  const moved = moveListItem(readSiteFile(text), { path: ['l'], from: 0, to: 2 })
  expect(moved.text).toBe('l:\n- b: 2\n\n- c: 3\n\n- a: 1\n\n')
  expect(moveListItem(moved, { path: ['l'], from: 2, to: 0 }).text).toBe(text)
})

it('a revert whose lines no longer fit is refused, not written as broken YAML (seed 556931710)', () => {
  const nbde = corpus().find((s) => s.name.endsWith('site-diskencryption-nbde.yaml'))
  const base = readSiteFile(nbde?.text ?? '')
  const path = [...siteConfigModel.nodes(0)]
  // the nodes list replaced and written again one level less indented, with a new host name
  const now = addNode(setField(base, { path, value: 'x' }), { cluster: 0 })
  const item = summarizeChanges(base, now).flatMap((g) => g.items)[0]
  expect(item?.text).toBe('hostName node1 → encryption-nbde-node-0')
  expect(() => revertChange(now, base, item as ChangeItem)).toThrow(EditError)
})
