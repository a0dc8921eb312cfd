import { afterEach, describe, expect, it, vi } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { seedText } from '../test/fixtures.ts'
import { createDocumentSlice } from './createDocumentSlice.ts'
import type { DocumentSlice } from './createDocumentSlice.ts'
import { createValidationSlice } from './createValidationSlice.ts'
import type { ValidationSlice } from './createValidationSlice.ts'
import { setInThreadValidate } from './validator.ts'

const make = () =>
  createStore<DocumentSlice & ValidationSlice>()((...a) => ({
    ...createDocumentSlice(seedText(), 'seed.yaml')(...a),
    ...createValidationSlice(...a),
  }))

afterEach(() => setInThreadValidate(undefined))
/** the first run loads the rules: generous, the machine running the suite may be busy */
const until = (check: () => void) => vi.waitFor(check, { timeout: 15_000, interval: 10 })

describe('validation slice', () => {
  it('a validation that throws is reported as failed, not as stale or no findings', async () => {
    const s = make()
    s.getState().revalidate()
    await until(() => expect(s.getState().diagnostics.length).toBeGreaterThan(0))
    expect(s.getState().validationError).toBeNull()

    setInThreadValidate(() => {
      throw new RangeError('Maximum call stack size exceeded')
    })
    s.getState().typeYaml(`${seedText()}# edited\n`)
    s.getState().revalidate()
    await until(() => expect(s.getState().validationError).toMatch(/call stack/))
    expect(s.getState().diagnostics).toEqual([])

    setInThreadValidate(undefined)
    s.getState().typeYaml(seedText())
    s.getState().revalidate()
    await until(() => expect(s.getState().validationError).toBeNull())
    expect(s.getState().diagnostics.length).toBeGreaterThan(0)
  })
})
