import { describe, expect, it } from 'vitest'
import { ko } from '../i18n/catalogKo.ts'
import { AS_IS, english } from './notice.ts'

describe('notices', () => {
  it('keep their key and parameters, and an English rendering', () => {
    expect(english('Imported {{name}}.', { name: 'a.yaml' })).toBe('Imported a.yaml.')
    expect(english(AS_IS, { message: 'The file is read-only.' })).toBe('The file is read-only.')
    expect(english('Copied {{count}} lines of YAML.', { count: 3 })).toBe('Copied 3 lines of YAML.')
  })

  it('have a Korean text with the same placeholders', () => {
    expect(ko['Imported {{name}}.']).toBe('{{name}}을(를) 가져왔습니다.')
    expect(ko['Restored your work from {{time}}.']).toContain('{{time}}')
  })
})
