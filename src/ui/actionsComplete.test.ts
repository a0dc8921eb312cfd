/**
 * The registry is complete when no control changes the app except through it: a button, key or
 * field that calls a store function itself (rather than `act(id)`) fails here.
 */
import { allSlices } from '../state/slices.ts'
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { allActionIds } from '../state/commands/actionTable.ts'
import type { EditorState } from '../state/editorStore.ts'

const UI = new URL('./', import.meta.url).pathname

/** Store functions that are no user action: bookkeeping of typing, focus and layout. */
const NOT_ACTIONS = new Set([
  'touch',
  'setFocusPath',
  'notify',
  'sealHistory',
  'typeYaml',
  'setPaneWidth',
  'revalidate',
  // the opened folder's queries: they read, never change
  'current',
  'changedSites',
])
/** Where an effect is carried out (the registry binds these), the store calls they may make. */
const EFFECT_CALLS: Record<string, string[]> = {
  'fileIo.ts': ['load', 'markDelivered'],
  'review/reviewActions.ts': ['markDelivered'],
  // Save: the file on disk now holds the text
  'fleet/fleetEffects.ts': ['markWritten'],
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name)
    if (e.isDirectory()) return e.name === 'monaco' ? [] : sources(p)
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : []
  })
}

function storeFunctions(): string[] {
  const s = createStore<EditorState>()(allSlices('a: 1\n', 'x.yaml')).getState()
  return Object.keys(s).filter((k) => typeof s[k as keyof EditorState] === 'function')
}

describe('every action of the app is in the registry', () => {
  const files = sources(UI).map((p) => ({ name: relative(UI, p), text: readFileSync(p, 'utf8') }))

  it('no toolbar button, navigator action, field, key or fix calls a changing store function itself', () => {
    const mutators = storeFunctions().filter((k) => !NOT_ACTIONS.has(k))
    expect(mutators).toEqual(expect.arrayContaining(['dispatch', 'undo', 'redo', 'select', 'load']))
    const names = mutators.join('|')
    // st().undo(), getState().dispatch(…), st.load(…), and selectors handing one out: (s) => s.select
    const call = new RegExp(
      `(?:getState\\(\\)|\\bst\\(\\)|\\bst|\\bs)\\.(${names})\\b(?!\\s*[:=])`,
      'g',
    )
    const bypass = files.flatMap((f) =>
      [...f.text.matchAll(call)]
        .map((m) => m[1]!)
        .filter((fn) => !EFFECT_CALLS[f.name]?.includes(fn))
        .map((fn) => `${f.name}: ${fn}`),
    )
    expect(bypass).toEqual([])
  })

  it('every action the UI dispatches is declared', () => {
    const ids = new Set<string>(allActionIds())
    const used = files.flatMap((f) =>
      [...f.text.matchAll(/\bact\(\s*'([\w.]+)'/g)].map((m) => m[1]!),
    )
    expect(used.length).toBeGreaterThan(30)
    expect(used.filter((id) => !ids.has(id))).toEqual([])
    // what the palette and the keys offer besides the controls
    for (const id of [
      'palette.open',
      'problems.next',
      'problems.previous',
      'release.choose',
      'fix.here',
    ])
      expect(ids.has(id), id).toBe(true)
  })

  it('the shortcuts are read from the registry, not written into a key handler', () => {
    const keys = files.find((f) => f.name === 'useGlobalKeys.ts')!.text
    expect(keys).toContain('actionForKey(e)')
    expect(keys).not.toMatch(/e\.key\b|\.undo\(|\.redo\(/)
  })
})
