import { describe, expect, it } from 'vitest'
import { findings, site } from '../../../test/site.ts'

const args = (a: string) => site('', `installerArgs: '${a}'\n`)
const count = (t: string, r: string) => findings(t, r).length

describe('more installerArgs rules: trigger and near miss', () => {
  it('args-flag-value, args-value-chars', () => {
    expect(count(args('["--save-partlabel"]'), 'args-flag-value')).toBe(1)
    expect(count(args('["--save-partlabel", "data"]'), 'args-flag-value')).toBe(0)
    expect(count(args('["--append-karg", "a b"]'), 'args-value-chars')).toBe(1)
    expect(count(args('["--append-karg", "nameserver=8.8.8.8"]'), 'args-value-chars')).toBe(0)
  })

  it('args-partindex, args-partlabel-glob, args-duplicate, args-save-skips-cleanup', () => {
    expect(count(args('["--save-partindex", "7-5"]'), 'args-partindex')).toBe(1)
    expect(count(args('["--save-partindex", "5-,1-3"]'), 'args-partindex')).toBe(0)
    expect(count(args('["--save-partlabel", "*"]'), 'args-partlabel-glob')).toBe(1)
    expect(count(args('["--save-partlabel", "data*"]'), 'args-partlabel-glob')).toBe(0)
    expect(
      count(args('["--save-partlabel", "data", "--save-partlabel", "data"]'), 'args-duplicate'),
    ).toBe(1)
    expect(count(args('["--save-partlabel", "data"]'), 'args-duplicate')).toBe(0)
    expect(findings(args('["--save-partlabel", "data"]'), 'args-save-skips-cleanup')[0]).toMatch(
      /^info/,
    )
    expect(count(args('["--append-karg", "ip=dhcp"]'), 'args-save-skips-cleanup')).toBe(0)
  })
})
