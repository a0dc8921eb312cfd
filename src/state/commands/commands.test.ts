import { describe, expect, it } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { readSiteFile } from '../../core/document/siteFile.ts'
import { summarizeChanges } from '../../core/review/changes.ts'
import { seedText } from '../../test/fixtures.ts'
import { createDocumentSlice } from '../createDocumentSlice.ts'
import type { DocumentSlice } from '../createDocumentSlice.ts'
import { allCommands } from '../../core/commands/registry.ts'
import './precacheCommands.ts'
import './reviewCommands.ts'
import './fixCommands.ts'
import { validate } from '../../core/validate/validate.ts'
import { siteConfigModel } from '../../core/site/siteModel.ts'

const make = (text = seedText()) =>
  createStore<DocumentSlice>()(createDocumentSlice(text, 'seed.yaml'))
const steps = (s: ReturnType<typeof make>) => s.getState().history.past.length
const ntp = [...siteConfigModel.cluster(0), 'additionalNTPSources']

describe('named commands carry their undo policy', () => {
  it('every command declares a policy, and typing ones say what a step extends over', () => {
    for (const c of allCommands()) {
      expect(['step', 'typing', 'none']).toContain(c.undo)
      if (c.undo === 'typing') expect(c.stepKey).toBeTypeOf('function')
    }
  })

  it('two Reverts in the Diff tab are two undo steps', () => {
    const s = make()
    s.getState().dispatch('field.set', { path: ['spec', 'baseDomain'], value: 'a.example.com' })
    s.getState().dispatch('field.set', { path: ['metadata', 'name'], value: 'lab-2' })
    s.getState().sealHistory()
    const baseline = readSiteFile(s.getState().baseline)
    const items = () => summarizeChanges(baseline, s.getState().file).flatMap((g) => g.items)
    expect(items()).toHaveLength(2)
    const before = steps(s)
    for (let i = 0; i < 2; i++)
      s.getState().dispatch('review.revert', { baseline, item: items()[0]! })
    expect(s.getState().file.text).toBe(seedText())
    expect(steps(s)).toBe(before + 2)
    s.getState().undo()
    expect(items()).toHaveLength(1)
  })

  it('two quick fixes are two undo steps, and the registry holds every edit the app makes', () => {
    const s = make()
    const fixes = () => validate(s.getState().file).filter((d) => d.fix)
    const n = fixes().length
    expect(n).toBeGreaterThan(1)
    s.getState().dispatch('fix.apply', { fix: fixes()[0]!.fix! })
    s.getState().dispatch('fix.apply', { fix: fixes()[0]!.fix! })
    expect(steps(s)).toBe(2)
    expect(fixes().length).toBe(n - 2)
    // no ad-hoc run() is left: every document change goes through a declared command
    expect('run' in s.getState()).toBe(false)
  })

  it('two clicks on Add are two undo steps', () => {
    const s = make()
    for (let i = 0; i < 2; i++)
      s.getState().dispatch('list.add', { path: ntp, value: '', exists: true })
    expect(steps(s)).toBe(2)
    s.getState().undo()
    expect(s.getState().file.text).not.toBe(seedText())
    s.getState().undo()
    expect(s.getState().file.text).toBe(seedText())
  })

  it('removing two list items is two undo steps', () => {
    const s = make()
    s.getState().dispatch('list.add', { path: ntp, value: 'b.example.com', exists: true })
    const two = s.getState().file.text
    for (let i = 0; i < 2; i++) s.getState().dispatch('list.remove', { path: ntp, index: 0 })
    expect(steps(s)).toBe(3)
    s.getState().undo()
    expect(s.getState().file.text).toContain('b.example.com')
    expect(s.getState().file.text).not.toContain('clock.corp.redhat.com')
    s.getState().undo()
    expect(s.getState().file.text).toBe(two)
  })

  it('typing in one field stays one step until sealed', () => {
    const s = make()
    for (const v of ['a', 'ab'])
      s.getState().dispatch('field.set', { path: ['spec', 'baseDomain'], value: v })
    expect(steps(s)).toBe(1)
  })

  it('Enable pre-caching on installerArgs that is not JSON returns the error and changes nothing', () => {
    const text = seedText().replace(
      `installerArgs: '["--save-partlabel", "data"]'`,
      `installerArgs: '--foo'`,
    )
    const s = make(text)
    const r = s.getState().dispatch('precache.enable', { target: { cluster: 0 }, params: {} })
    expect(r?.error).toMatch(/installerArgs is not a JSON array/)
    expect(s.getState().notice).toMatchObject({ kind: 'error' })
    expect(s.getState().file.text).toBe(text)
    expect(steps(s)).toBe(0)
  })

  it('an unknown command is refused, not thrown', () => {
    const s = make()
    const r = s.getState().dispatch('nope' as 'cluster.add', {})
    expect(r?.error).toMatch(/no command/)
  })
})
