// The workspace slice on real site files: switching keeps each site's edit and undo, a bulk edit
// is one undo for all, and the patch of all changed files holds exactly them.
import { createStore } from 'zustand/vanilla'
import { describe, expect, it } from 'vitest'
import { setAtLevel } from '../../core/fleet/bulk.ts'
import { generateRepo, sitePath } from '../../test/fleetRepo.ts'
import type { EditorState } from '../editorState.ts'
import { allSlices } from '../slices.ts'
import { emptyWorkspace } from './workspace.ts'

function opened() {
  const files = generateRepo(6, 0, false).files
  const store = createStore<EditorState>()(allSlices('a: 1\n', 'before.yaml'))
  const texts = new Map([...files].filter(([p]) => p.endsWith('.yaml')))
  const sites = [...texts.keys()].filter((p) => p.includes('/sites/')).sort()
  const source = {
    name: 'repo',
    kind: 'input' as const,
    paths: [...files.keys()],
    read: async () => undefined,
  }
  store
    .getState()
    .openWorkspace({ ...emptyWorkspace(source), texts, baselines: new Map(texts), sites })
  return { store, st: () => store.getState(), texts }
}

describe('the opened folder', () => {
  it('keeps an edit and its undo while another site is open; Close puts the first document back', () => {
    const { st } = opened()
    st().openSite(sitePath(1))
    expect(st().fileName).toBe(sitePath(1))
    st().dispatch('field.set', { path: ['spec', 'baseDomain'], value: 'edge.example.org' })
    const edited = st().file.text
    st().openSite(sitePath(2))
    expect(st().file.text).not.toContain('edge.example.org')
    st().openSite(sitePath(1))
    expect(st().file.text).toBe(edited)
    expect(st().history.past).toHaveLength(1)
    st().undo()
    expect(st().file.text).not.toContain('edge.example.org')
    st().closeWorkspace()
    expect([st().fileName, st().file.text]).toEqual(['before.yaml', 'a: 1\n'])
  })

  it('a bulk edit is one step in each file and one undo for all; the changed sites are exactly its', () => {
    const { st, texts } = opened()
    st().openSite(sitePath(0))
    const chosen = [sitePath(0), sitePath(3), sitePath(4)]
    const r = st().bulkEdit('set', chosen, (f) =>
      setAtLevel(f, 'cluster', 'clusterImageSetNameRef', 'img4.18'),
    )
    expect(r).toEqual({ changed: chosen, failed: [] })
    expect(
      st()
        .changedSites()
        .map((c) => c.path),
    ).toEqual(chosen)
    expect(st().file.text).toContain('img4.18')
    expect(st().history.past).toHaveLength(1)
    st().undoBulk()
    expect(st().changedSites()).toEqual([])
    expect(st().current(sitePath(3))!.file.text).toBe(texts.get(sitePath(3)))
  })
})
