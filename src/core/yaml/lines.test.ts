import { describe, expect, it } from 'vitest'
import { seedText } from '../../test/fixtures.ts'
import { lineCol, lineIndex } from './lines.ts'

describe('lineIndex', () => {
  it('agrees with lineCol at every offset of the seed, and at both ends', () => {
    const text = seedText()
    const at = lineIndex(text)
    for (let o = 0; o <= text.length; o += 7) expect(at(o)).toEqual(lineCol(text, o))
    expect(at(text.length)).toEqual(lineCol(text, text.length))
    expect(lineIndex('')(0)).toEqual({ line: 1, column: 1 })
  })
})
