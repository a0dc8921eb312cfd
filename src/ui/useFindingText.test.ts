import { describe, expect, it } from 'vitest'
import { readSiteFile } from '../core/document/siteFile.ts'
import { validate } from '../core/validate/validate.ts'
import { findingTextIn } from './useFindingText.ts'
import { i18next, setLanguage } from './i18n.ts'
import { seedText } from '../test/fixtures.ts'

describe('useFindingText', () => {
  const ds = validate(readSiteFile(seedText()))

  it('shows every seed finding in Korean when the language is Korean', async () => {
    await setLanguage('ko')
    const text = findingTextIn(i18next)
    const ko = ds.map(text)
    expect(ko.every((t) => /[가-힣]/.test(t))).toBe(true)
    // nested phrases are translated too: no English sentence pieces left
    expect(ko.join('\n')).not.toMatch(/\b(is|the|and|will|contains|not)\b/)
    expect(ko).toContain(
      '/usr/local/bin/extract-ai.sh: mode 755은(는) 10진수입니다(= 0o1363 → 실제 권한 0363, 모든 사용자가 쓸 수 있음). 493(0o755)을(를) 의도하셨습니까?',
    )
  })

  it('shows the English message unchanged when the language is English', async () => {
    await i18next.changeLanguage('en')
    expect(ds.map(findingTextIn(i18next))).toEqual(ds.map((d) => d.message))
  })

  it('shows a finding without an id as its message', async () => {
    await setLanguage('ko')
    expect(findingTextIn(i18next)({ message: 'bad indentation' })).toBe('bad indentation')
  })
})
