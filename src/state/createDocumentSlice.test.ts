import { describe, expect, it } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { allFixtures, seedText } from '../test/fixtures.ts'
import { createDocumentSlice } from './createDocumentSlice.ts'
import type { DocumentSlice } from './createDocumentSlice.ts'
import '../core/commands/documentCommands.ts'

const make = () => createStore<DocumentSlice>()(createDocumentSlice(seedText(), 'seed.yaml'))
const domain = ['spec', 'baseDomain']
const type = (s: ReturnType<typeof make>, path: string[], v: string) =>
  s.getState().dispatch('field.set', { path, value: v }) === null

describe('document slice', () => {
  it('typing in one field is one undo step; another field is another', () => {
    const s = make()
    for (const v of ['a', 'ab', 'abc']) type(s, domain, v)
    type(s, ['metadata', 'name'], 'n')
    expect(s.getState().history.past.length).toBe(2)
    s.getState().undo()
    expect(s.getState().file.text).toContain('baseDomain: "abc"')
    s.getState().undo()
    expect(s.getState().file.text).toBe(seedText())
    s.getState().redo()
    expect(s.getState().file.text).toContain('baseDomain: "abc"')
  })

  it('broken YAML keeps the last workable view, refuses form commands, and recovers', () => {
    const s = make()
    const broken = `${seedText()}oops: [\n`
    s.getState().typeYaml(broken)
    expect(s.getState().file.text).toBe(broken)
    expect(s.getState().view.text).toBe(seedText())
    expect(type(s, domain, 'x')).toBe(false)
    expect(s.getState().notice?.text).toMatch(/read-only/)
    expect(s.getState().file.text).toBe(broken)
    s.getState().typeYaml(seedText().replace('example.domain.redhat.com', 'fixed.example.com'))
    expect(s.getState().view).toBe(s.getState().file)
    expect(type(s, domain, 'y')).toBe(true)
  })

  it('loading a file clears the history and sets the baseline; a refused load changes nothing', () => {
    const s = make()
    type(s, domain, 'x')
    const before = s.getState().file
    for (const bad of ['', 'a: [', 'kind: Deployment\n', '- 1\n- 2\n'])
      expect(s.getState().load(bad, 'bad.yaml')).toHaveProperty('error')
    expect(s.getState().file).toBe(before)
    expect(s.getState().history.past.length).toBe(1)
    for (const f of allFixtures()) {
      expect(s.getState().load(f.text, f.name)).toBeNull()
      expect(s.getState().baseline).toBe(f.text)
      expect(s.getState().history.past).toEqual([])
    }
  })

  it('a command the core refuses is reported and changes nothing', () => {
    const s = make()
    const before = s.getState().file
    const r = s.getState().dispatch('field.set', { path: ['kind', 'deeper'], value: 1 })
    expect(r).toMatchObject({ error: expect.any(String) })
    expect(s.getState().notice?.kind).toBe('error')
    expect(s.getState().file).toBe(before)
  })
})
