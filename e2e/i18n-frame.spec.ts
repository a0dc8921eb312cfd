import { expect, seed, test } from './support.ts'

test.describe('a Korean browser', () => {
  test.use({ locale: 'ko-KR' })

  test('the masthead, toolbar and tabs read Korean; English from the masthead, live and remembered', async ({
    studio,
    page,
  }) => {
    await studio.open()
    const { masthead } = studio
    await masthead.expectLang('ko')
    await expect(masthead.product).toHaveText('SiteConfig Studio')
    await expect(masthead.languageSwitch('언어')).toHaveValue('ko')
    await expect(masthead.themeSwitch('테마')).toBeVisible()
    const toolbar = page.getByRole('toolbar', { name: '문서' })
    for (const name of ['가져오기', '새로 만들기', 'YAML 복사', 'YAML 다운로드', '명령…'])
      await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible()
    for (const name of ['YAML', '미리 보기', '차이점', '문제'])
      await expect(page.getByRole('tab', { name, exact: true })).toBeVisible()
    await expect(page.getByRole('tab', { name: '미리 보기' })).toHaveAttribute(
      'aria-selected',
      'false',
    )

    // notices too, and they follow a switch of language
    await studio.toolbar.importRaw({ name: 'ko.yaml', buffer: Buffer.from(seed) })
    await expect(studio.toolbar.notice).toHaveText('ko.yaml을(를) 가져왔습니다.')

    // the YAML document itself stays as it is
    const text = await studio.text()
    await masthead.setLanguage('English')
    await expect(studio.toolbar.notice).toHaveText('Imported ko.yaml.')
    await masthead.expectLang('en')
    await expect(masthead.languageSwitch('Language')).toHaveValue('en')
    await expect(page.getByRole('toolbar', { name: 'Document' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeVisible()
    await expect(page.getByRole('tab', { name: 'Preview', exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: '가져오기' })).toHaveCount(0)
    expect(await studio.text()).toBe(text)

    await studio.reload()
    await masthead.expectLang('en')
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeVisible()
    await expect(page.getByRole('tab', { name: 'Problems', exact: true })).toBeVisible()
  })

  test('the command palette lists the actions in Korean and finds them in either language', async ({
    studio,
  }) => {
    await studio.open()
    const { palette } = studio
    await palette.open('F1')
    await expect(palette.dialog).toHaveAccessibleName('명령 팔레트')
    await expect(palette.option('YAML 다운로드 (Ctrl+S)')).toBeVisible()
    await palette.input.fill('download yaml')
    await expect(palette.options.first()).toHaveAccessibleName('YAML 다운로드 (Ctrl+S)')
    await palette.input.fill('문제 탭')
    await expect(palette.options.first()).toHaveAccessibleName('문제 탭 표시')
  })
})

test('the theme switch sets the dark theme, Monaco included, and remembers it', async ({
  studio,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await studio.open()
  const { masthead } = studio
  await expect(masthead.themeSwitch('Theme')).toHaveValue('system')
  await masthead.expectDark(false)
  await masthead.setTheme('dark')
  await masthead.expectDark(true)
  await studio.yaml.expectTheme('dark')
  await studio.reload()
  await masthead.expectDark(true)
  await expect(masthead.themeSwitch('Theme')).toHaveValue('dark')

  await masthead.setTheme('light')
  await masthead.expectDark(false)
  await studio.yaml.expectTheme('light')
  // following the system again: the system's dark setting turns it dark
  await masthead.setTheme('system')
  await page.emulateMedia({ colorScheme: 'dark' })
  await masthead.expectDark(true)
})
