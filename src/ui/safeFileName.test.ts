import { describe, expect, it } from 'vitest'
import { safeFileName } from './safeFileName.ts'

describe('safeFileName', () => {
  it('keeps ordinary names', () => {
    expect(safeFileName('precache-images.service', 'x')).toBe('precache-images.service')
    expect(safeFileName('example-5g-lab.yaml', 'x')).toBe('example-5g-lab.yaml')
    expect(safeFileName('my site.yaml', 'x')).toBe('my site.yaml')
  })

  it('no path separators, no leading dots', () => {
    expect(safeFileName('../../etc/passwd', 'x')).toBe('_.._etc_passwd')
    expect(safeFileName('..\\..\\boot.ini', 'x')).toBe('_.._boot.ini')
    expect(safeFileName('.bashrc', 'x')).toBe('bashrc')
    expect(safeFileName('..', 'fallback.txt')).toBe('fallback.txt')
  })

  it('drops control and bidi characters, replaces what Windows refuses', () => {
    expect(safeFileName('evil\u202egpj.exe', 'x')).toBe('evilgpj.exe')
    expect(safeFileName('a\r\nb\u0000c\u0085d\u2028e', 'x')).toBe('abcde')
    expect(safeFileName('a<b>c:d"e|f?g*h', 'x')).toBe('a_b_c_d_e_f_g_h')
  })

  it('reserved device names get a prefix; long names keep their extension', () => {
    expect(safeFileName('CON', 'x')).toBe('_CON')
    expect(safeFileName('nul.service', 'x')).toBe('_nul.service')
    expect(safeFileName('console.service', 'x')).toBe('console.service')
    const long = safeFileName(`${'a'.repeat(500)}.service`, 'x')
    expect(long).toHaveLength(120)
    expect(long.endsWith('.service')).toBe(true)
  })

  it('an empty or all-invisible name falls back', () => {
    expect(safeFileName('', 'siteconfig.yaml')).toBe('siteconfig.yaml')
    expect(safeFileName(' \u202e\u0007 ', 'file.txt')).toBe('file.txt')
  })
})
