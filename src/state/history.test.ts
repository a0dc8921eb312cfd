import { describe, expect, it } from 'vitest'
import { BURST_MS, MAX_STEPS, emptyHistory, record, redo, seal, undo } from './history.ts'

describe('history', () => {
  it('typing in one field is one step until the field is sealed', () => {
    let h = emptyHistory<string>()
    h = record(h, 'a', 'form:spec.baseDomain', 0)
    h = record(h, 'ab', 'form:spec.baseDomain', 10_000)
    h = record(h, 'abc', 'form:spec.baseDomain', 20_000)
    expect(h.past).toEqual(['a'])
    h = seal(h)
    h = record(h, 'abcd', 'form:spec.baseDomain', 20_001)
    expect(h.past).toEqual(['a', 'abcd'])
  })

  it('another intent starts a new step', () => {
    let h = record(emptyHistory<string>(), 'a', 'form:x', 0)
    h = record(h, 'b', 'form:y', 1)
    expect(h.past).toEqual(['a', 'b'])
  })

  it('a YAML burst ends after a pause', () => {
    let h = record(emptyHistory<string>(), 'a', 'yaml:burst', 0)
    h = record(h, 'b', 'yaml:burst', BURST_MS - 1)
    expect(h.past).toEqual(['a'])
    h = record(h, 'c', 'yaml:burst', 2 * BURST_MS)
    expect(h.past).toEqual(['a', 'c'])
  })

  it('undo and redo walk the steps and a new change drops the redo steps', () => {
    let h = record(emptyHistory<string>(), 'v0', 'a', 0)
    h = record(h, 'v1', 'b', 1)
    const u = undo(h, 'v2')
    expect(u?.value).toBe('v1')
    const u2 = undo(u!.history, 'v1')
    expect(u2?.value).toBe('v0')
    const r = redo(u2!.history, 'v0')
    expect(r?.value).toBe('v1')
    expect(undo(emptyHistory<string>(), 'x')).toBeNull()
    expect(redo(r!.history, 'v1')?.value).toBe('v2')
    const h2 = record(r!.history, 'v1', 'c', 2)
    expect(h2.future).toEqual([])
  })

  it('keeps at most MAX_STEPS steps', () => {
    let h = emptyHistory<number>()
    for (let i = 0; i < MAX_STEPS + 10; i++) h = record(h, i, `i${i}`, i)
    expect(h.past.length).toBe(MAX_STEPS)
    expect(h.past[0]).toBe(10)
  })
})
