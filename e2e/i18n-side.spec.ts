import { expect } from '@playwright/test'
import { test } from './support.ts'

test.use({ locale: 'ko-KR' })

test('with the browser in Korean, the navigator and Problems read Korean', async ({ studio }) => {
  const { page } = studio
  await studio.open()
  const nav = page.getByRole('navigation', { name: '사이트 구조' })
  await expect(nav.getByRole('tree', { name: '클러스터 및 노드' })).toBeVisible()
  await expect(studio.tree.item('sno-worker-0')).toHaveAccessibleName(/^sno-worker-0 · 노드 1개/)
  await expect(nav.getByRole('button', { name: '클러스터 추가' })).toBeVisible()
  await expect(nav.getByRole('button', { name: '아래로 이동' })).toBeVisible()
  await expect(studio.problems.summary).toHaveText(/^오류 \d+개, 경고 \d+개$/)

  await studio.tabs.open('Problems')
  await expect(page.getByRole('checkbox', { name: /^오류\(\d+\)$/ })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: /^경고\(\d+\)$/ })).toBeChecked()
  const list = page.getByRole('list', { name: '문제' })
  await expect(list.getByText('경고', { exact: true }).first()).toBeVisible()
})

test('with the browser in Korean, Preview and Diff read Korean', async ({ studio }) => {
  const { page } = studio
  await studio.open()
  await studio.tabs.open('Preview')
  await expect(page.getByRole('radiogroup', { name: '단계' })).toBeVisible()
  await expect(page.getByRole('radio', { name: /^검색/ })).toBeChecked()
  await expect(
    page.getByRole('heading', { name: '검색 단계 · 클러스터 sno-worker-0' }),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: '이미지 사전 캐싱 사용…' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'systemd 유닛' })).toBeVisible()
  await expect(page.getByRole('img', { name: /^부팅 순서, 검색 단계/ })).toBeVisible()
  await expect(page.getByRole('button', { name: 'var-mnt.mount 복사' })).toBeVisible()

  await studio.tabs.open('Diff')
  await expect(studio.diff.count).toHaveText('변경 사항 없음')
  await expect(
    page.getByText('기준 버전(가져오거나 새로 만든 파일) 이후 변경 사항이 없습니다.'),
  ).toBeVisible()
  await studio.selectCluster('sno-worker-0')
  await page.getByRole('button', { name: '노드 추가' }).click()
  await expect(studio.diff.count).toHaveText(/^변경 사항 \d+개$/)
  await expect(page.getByRole('region', { name: '변경 사항 요약' })).toBeVisible()
  // both sides of the diff editor are named (axe aria-input-field-name)
  await expect(page.getByRole('textbox', { name: /^현재 텍스트/ })).toBeAttached()
  await expect(page.getByRole('textbox', { name: /^기준 버전\(읽기 전용\)/ })).toBeAttached()
  await expect(page.getByRole('button', { name: '패치 다운로드' })).toBeEnabled()
  await expect(page.getByRole('radio', { name: '인라인' })).toBeVisible()
})
