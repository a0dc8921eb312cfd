// Issue 13: with a Korean browser the seed's findings read in Korean in the Problems panel; the
// English messages return when the language is English.
import { expect, test } from './support.ts'

const MODE =
  '/usr/local/bin/extract-ai.sh: mode 755은(는) 10진수입니다(= 0o1363 → 실제 권한 0363, 모든 사용자가 쓸 수 있음). 493(0o755)을(를) 의도하셨습니까?'

test.describe('findings in Korean', () => {
  test.use({ locale: 'ko-KR' })

  test("the seed's findings read in Korean in the Problems panel", async ({ studio }) => {
    await studio.open()
    await studio.problems.open()
    const list = studio.problems.list
    await expect(studio.problems.entry('ign-mode-special-bits').first()).toContainText(MODE)
    await expect(studio.problems.entry('precache-self-disable').first()).toContainText(
      '부팅할 때마다 다시 실행됩니다',
    )
    await expect(studio.problems.entry('net-boot-mac-in-interfaces')).toContainText(
      'bootMACAddress e4:43:4b:bd:90:46이(가) snonode.sno-worker-0.example.domain.redhat.com의 nodeNetwork.interfaces에 없습니다',
    )
    await expect(studio.problems.entry('precache-legacy-hooks').first()).toContainText(
      'OpenShift 문서의 레거시 사전 캐싱 후크입니다: 사전 캐싱 서비스에 바인딩된 마운트 유닛',
    )
    // no English sentence is left among the 13
    for (const english of [
      'is decimal',
      'will re-run',
      'is not among',
      'Legacy pre-cache',
      'is a boolean',
    ])
      await expect(list).not.toContainText(english)
  })
})

test('in English the same findings keep their English messages', async ({ studio }) => {
  await studio.open()
  await studio.problems.open()
  await expect(studio.problems.entry('ign-mode-special-bits').first()).toContainText(
    '/usr/local/bin/extract-ai.sh: mode 755 is decimal (= 0o1363 → effective 0363, world-writable); did you mean 493 (0o755)?',
  )
  await expect(studio.problems.list).not.toContainText('10진수')
})
