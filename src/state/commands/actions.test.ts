import { describe, expect, it } from 'vitest'
import { allSlices } from '../slices.ts'
import { createStore } from 'zustand/vanilla'
import { siteData } from '../../core/document/siteFile.ts'
import { siteConfigModel as site } from '../../core/site/siteModel.ts'
import { seedText } from '../../test/fixtures.ts'
import type { EditorState } from '../editorState.ts'
import { keyLabel } from './actions.ts'
import {
  ACTIONS,
  actionForKey,
  actionOf,
  allActionIds,
  resolveArgs,
  runAction,
  undoPolicy,
} from './actionTable.ts'
import type { ActionId } from './actionTable.ts'

const make = () => createStore<EditorState>()(allSlices(seedText(), 'seed.yaml'))
type Store = ReturnType<typeof make>
const run = (s: Store, id: ActionId, args?: unknown) => runAction(s.getState, id, args as never)
const enabled = (s: Store) => allActionIds().filter((id) => resolveArgs(id, s.getState()))
const nodes = (s: Store, c = 0) => site.nodeList(siteData(s.getState().file), c).length

describe('the action registry', () => {
  it('an action’s undo policy is its command’s: a new step, typing, or none', async () => {
    await Promise.all(
      allActionIds()
        .map((id) => actionOf(id))
        .map((a) => a.kind === 'command' && a.load?.()),
    )
    expect(undoPolicy('node.add')).toBe('step')
    expect(undoPolicy('field.set')).toBe('typing')
    expect(undoPolicy('preview.fileText')).toBe('typing')
    expect(undoPolicy('fix.here')).toBe('step')
    expect(undoPolicy('view.diff')).toBe('none')
    for (const id of allActionIds()) expect(undoPolicy(id), id).toMatch(/^(step|typing|none)$/)
  })

  it('declares each action once: a label, a group, and a document command or a run', () => {
    for (const id of allActionIds()) {
      const a = actionOf(id)
      expect(a.label, id).not.toBe('')
      if (a.kind === 'store') expect(a.run).toBeTypeOf('function')
      else if (a.kind === 'effect') expect(undoPolicy(id)).toBe('none')
    }
    expect(new Set(allActionIds().map((id) => actionOf(id).label)).size).toBe(allActionIds().length)
  })

  it('the shortcuts are the registry’s: Ctrl/Cmd+Z, Ctrl+Shift+Z, Ctrl+Y, Ctrl+S, F1, Ctrl/Cmd+Shift+P', () => {
    const k = (
      key: string,
      m: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
    ) => actionForKey({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...m })
    expect(k('z', { ctrlKey: true })).toBe('history.undo')
    expect(k('z', { metaKey: true })).toBe('history.undo')
    expect(k('Z', { ctrlKey: true, shiftKey: true })).toBe('history.redo')
    expect(k('y', { ctrlKey: true })).toBe('history.redo')
    expect(k('y', { metaKey: true })).toBeUndefined()
    expect(k('s', { ctrlKey: true })).toBe('file.download')
    expect(k('F1')).toBe('palette.open')
    expect(k('P', { ctrlKey: true, shiftKey: true })).toBe('palette.open')
    expect(k('p', { metaKey: true, shiftKey: true })).toBe('palette.open')
    expect(k('z')).toBeUndefined()
    expect(k('z', { ctrlKey: true, altKey: true })).toBeUndefined()
    expect(keyLabel('Mod+Shift+P', false)).toBe('Ctrl+Shift+P')
    expect(keyLabel('Mod+Shift+P', true)).toBe('⌘⇧P')
  })

  it('Redo is not enabled before an undo, Undo not before an edit', () => {
    const s = make()
    expect(enabled(s)).not.toContain('history.undo')
    expect(enabled(s)).not.toContain('history.redo')
    s.getState().select({ kind: 'cluster', cluster: 0 })
    expect(run(s, 'node.add')).toBeNull()
    expect(enabled(s)).toContain('history.undo')
    expect(enabled(s)).not.toContain('history.redo')
    run(s, 'history.undo')
    expect(enabled(s)).toContain('history.redo')
  })

  it('Add node takes its cluster from the selection and selects the new node', () => {
    const s = make()
    expect(resolveArgs('node.add', s.getState())).toBeNull()
    s.getState().select({ kind: 'cluster', cluster: 0 })
    const before = nodes(s)
    expect(run(s, 'node.add')).toBeNull()
    expect(nodes(s)).toBe(before + 1)
    expect(s.getState().selection).toEqual({ kind: 'node', cluster: 0, node: before })
    expect(s.getState().history.past).toHaveLength(1)
  })

  it('Remove node selects a neighbour; the last node removed selects its cluster', () => {
    const s = make()
    s.getState().select({ kind: 'cluster', cluster: 0 })
    run(s, 'node.add')
    run(s, 'node.duplicate')
    expect(s.getState().selection).toEqual({ kind: 'node', cluster: 0, node: nodes(s) - 1 })
    while (nodes(s) > 1) {
      const n = nodes(s)
      expect(run(s, 'node.remove')).toBeNull()
      expect(s.getState().selection).toEqual({ kind: 'node', cluster: 0, node: n - 2 })
    }
    run(s, 'node.remove')
    expect(s.getState().selection).toEqual({ kind: 'cluster', cluster: 0 })
  })

  it('Move up is not enabled on the first item, and a disabled action changes nothing', () => {
    const s = make()
    s.getState().select({ kind: 'node', cluster: 0, node: 0 })
    expect(enabled(s)).not.toContain('node.moveUp')
    const text = s.getState().file.text
    expect(run(s, 'node.moveUp')).toEqual({ error: expect.stringMatching(/not available/) })
    expect(s.getState().file.text).toBe(text)
  })

  it('actions that need a control’s arguments are never offered without them', () => {
    const s = make()
    s.getState().select({ kind: 'node', cluster: 0, node: 0 })
    const on = enabled(s)
    for (const id of [
      'field.set',
      'list.add',
      'review.revert',
      'nav.select',
      'file.create',
    ] as const)
      expect(on).not.toContain(id)
    expect(on).toEqual(
      expect.arrayContaining(['node.duplicate', 'node.remove', 'cluster.add', 'view.diff']),
    )
    expect(Object.keys(ACTIONS).length).toBe(allActionIds().length)
  })
})
