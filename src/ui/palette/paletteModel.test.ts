import { describe, expect, it } from 'vitest'
import { allSlices } from '../../state/slices.ts'
import { createStore } from 'zustand/vanilla'
import { seedText } from '../../test/fixtures.ts'
import type { EditorState } from '../../state/editorStore.ts'
import { filterEntries, paletteEntries } from './paletteModel.ts'

const state = () => createStore<EditorState>()(allSlices(seedText(), 'seed.yaml')).getState()

describe('the command palette’s list', () => {
  it('lists what is enabled behind it, with the first shortcut', () => {
    const s = { ...state(), dialog: 'palette' as const }
    const entries = paletteEntries(s, false)
    const ids = entries.map((e) => e.id)
    expect(ids).toEqual(expect.arrayContaining(['file.download', 'cluster.add', 'view.problems']))
    for (const hidden of ['palette.open', 'dialog.close', 'history.redo', 'node.remove'])
      expect(ids).not.toContain(hidden)
    expect(entries.find((e) => e.id === 'file.download')?.shortcut).toBe('Ctrl+S')
  })

  it('filters by substring first, then by letters in order', () => {
    const entries = paletteEntries(state(), false)
    const labels = (q: string) => filterEntries(entries, q).map((e) => e.label)
    expect(labels('')).toHaveLength(entries.length)
    expect(labels('download y')[0]).toBe('Download YAML')
    expect(labels('DWNLD')).toContain('Download YAML')
    expect(labels('show the')).toEqual(expect.arrayContaining(['Show the YAML tab']))
    expect(labels('qqqq')).toEqual([])
  })
})
