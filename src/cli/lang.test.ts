// `LANG=ko_KR.UTF-8 siteconfig-studio validate …` prints Korean; without a language nothing changes.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { SEED_PATH } from '../test/fixtures.ts'
import { cliLanguage } from './lang.ts'
import { main } from './main.ts'
import type { Env } from './lang.ts'

async function run(env: Env, ...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const out = {
    stdout: (s: string) => void (stdout += s),
    stderr: (s: string) => void (stderr += s),
  }
  const code = await main(argv, out, { env })
  return { code, stdout, stderr }
}

const MODE_KO =
  '/usr/local/bin/extract-ai.sh: mode 755은(는) 10진수입니다(= 0o1363 → 실제 권한 0363, 모든 사용자가 쓸 수 있음). 493(0o755)을(를) 의도하셨습니까? [ign-mode-special-bits]'

describe('the CLI language', () => {
  it('follows LC_ALL, LC_MESSAGES, LANG in that order; --lang wins', () => {
    expect(cliLanguage(undefined, { LANG: 'ko_KR.UTF-8' }).lang).toBe('ko')
    expect(cliLanguage(undefined, { LC_ALL: 'C', LANG: 'ko_KR.UTF-8' }).lang).toBe('en')
    expect(cliLanguage(undefined, { LC_MESSAGES: 'ko_KR', LANG: 'en_US.UTF-8' }).lang).toBe('ko')
    expect(cliLanguage(undefined, {}).lang).toBe('en')
    expect(cliLanguage('ko', { LANG: 'en_US.UTF-8' })).toEqual({ lang: 'ko', explicit: true })
    expect(() => cliLanguage('fr', {})).toThrow('--lang must be en or ko')
  })

  it('LANG=ko_KR.UTF-8 validate seed prints every message in Korean', async () => {
    const r = await run({ LANG: 'ko_KR.UTF-8' }, 'validate', SEED_PATH, '--severity', 'info')
    const lines = r.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(17)
    for (const l of lines) expect(l).toMatch(/: (error|warning|info): .*[가-힣].* \[[a-z0-9-]+\]$/)
    expect(lines.some((l) => l.endsWith(MODE_KO))).toBe(true)
    expect(r.code).toBe(1)
  })

  it('--lang en and no locale print the English messages exactly as before', async () => {
    const en = await run({}, 'validate', SEED_PATH)
    expect(await run({ LANG: 'ko_KR.UTF-8' }, 'validate', SEED_PATH, '--lang', 'en')).toEqual(en)
    expect(en.stdout).toContain(
      'mode 755 is decimal (= 0o1363 → effective 0363, world-writable); did you mean 493 (0o755)? [ign-mode-special-bits]',
    )
  })

  it('JSON: message in Korean with messageId and params; without a language the old shape', async () => {
    const ko = JSON.parse(
      (await run({}, 'validate', SEED_PATH, '--format', 'json', '--lang', 'ko')).stdout,
    )
    const mode = ko.find((f: { rule: string }) => f.rule === 'ign-mode-special-bits')
    expect(mode.message).toMatch(/10진수입니다/)
    expect(mode.messageId).toMatch(/^\{\{file\}\}: mode \{\{mode\}\} is decimal/)
    expect(mode.params).toMatchObject({
      file: '/usr/local/bin/extract-ai.sh',
      mode: 755,
      fixed: 493,
    })
    const plain = JSON.parse((await run({}, 'validate', SEED_PATH, '--format', 'json')).stdout)
    expect(Object.keys(plain[0])).toEqual([
      'file',
      'line',
      'column',
      'severity',
      'rule',
      'message',
      'path',
    ])
  })

  it('the bin reads LANG from its environment', () => {
    const bin = fileURLToPath(new URL('../../bin/siteconfig-studio.cjs', import.meta.url))
    const r = spawnSync(process.execPath, [bin, 'validate', SEED_PATH], {
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'ko_KR.UTF-8' },
      timeout: 60_000,
    })
    expect(r.stdout).toContain(MODE_KO)
  }, 120_000)
})
