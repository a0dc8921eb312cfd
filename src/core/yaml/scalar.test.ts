import jsyaml from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { literalBlock } from './scalar.ts'

const readBack = (block: string) => (jsyaml.load(`k: ${block}\n`) as { k: string }).k

describe('literal blocks read back as the string they were written from', () => {
  it.each([
    ['a line', 'echo hi'],
    ['lines and a final break', 'a\nb\n'],
    ['two final breaks', 'a\n\n'],
    ['a first line indented', '  indented\nnext'],
    // fuzz seed 909706175: the indentation came from the second line, so the space was lost
    ['a leading empty line, then an indented one', '\n #'],
    ['leading empty lines, then an indented one', '\n\n   x\ny'],
  ])('%s', (_, s) => {
    expect(readBack(literalBlock(s, 2, 0))).toBe(s)
  })
})
