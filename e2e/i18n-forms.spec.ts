import { expect, test } from './support.ts'

test.use({ locale: 'ko-KR' })

test('with the browser in Korean the forms read Korean: labels, group titles, buttons', async ({
  studio,
  page,
}) => {
  await studio.open()
  await expect(studio.form.heading('사이트')).toBeVisible()
  await expect(page.getByLabel('기본 도메인')).toHaveValue(/\S/)
  await studio.selectCluster('sno-worker-0')
  await expect(studio.form.heading('클러스터 sno-worker-0')).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'CPU 파티셔닝' })).toBeVisible()
  await expect(page.getByRole('button', { name: '추가: 추가 NTP 소스' })).toBeVisible()
  await expect(studio.form.groupToggle('프록시')).toBeVisible()
  await studio.form.openGroup('프록시')
  await expect(page.getByLabel('HTTP 프록시', { exact: true })).toBeVisible()
  await expect(studio.form.region).toContainText('쉼표로 구분합니다.')
  await expect(studio.form.region).not.toContainText('Comma-separated')
  await studio.selectNode('sno-worker-0', /^snonode/)
  await expect(studio.form.heading(/^노드 snonode/)).toBeVisible()
  await expect(studio.form.group('설치 프로그램 인수(installerArgs)')).toBeVisible()
  await expect(page.getByRole('button', { name: '인수 추가' })).toBeVisible()
})
