import { ko } from '../src/i18n/catalogKo.ts'
import type { en } from '../src/i18n/catalog.ts'
import { generateRepo, sitePath, writeRepo } from '../src/test/fleetRepo.ts'
import { seriousViolations } from './studio/axe.ts'
import { expect, test } from './support.ts'

type Key = keyof typeof en
const LANGS = { en: 'en-US', ko: 'ko-KR' } as const

for (const [lang, locale] of Object.entries(LANGS))
  for (const colorScheme of ['light', 'dark'] as const)
    test.describe(`${lang}, ${colorScheme}`, () => {
      test.use({ locale, colorScheme })
      const say = (k: Key): string => (lang === 'ko' ? (ko as Record<string, string>)[k]! : k)

      test('every tab and dialog: no serious or critical axe violation', async ({
        studio,
        page,
      }) => {
        test.setTimeout(120_000)
        await studio.open()
        await studio.selectCluster('sno-worker-0')
        const seen: Record<string, string[]> = {}
        for (const tab of ['YAML', 'Preview', 'Resources', 'Diff', 'Problems'] as const) {
          const control = page.getByRole('tab', { name: say(tab), exact: true })
          await control.click()
          await expect(control).toHaveAttribute('aria-selected', 'true')
          // the script boxes' syntax colours come a moment later; their contrast counts too
          if (tab === 'Preview') await studio.preview.waitForColours()
          if (tab === 'Resources')
            await expect.poll(() => studio.resources.text()).toContain('kind:')
          seen[tab] = await seriousViolations(page)
        }
        await studio.selectNode('sno-worker-0', 0)
        seen['node form'] = await seriousViolations(page)
        // the dialogs, each opened the way a user opens it
        await studio.palette.open('F1')
        seen['command palette'] = await seriousViolations(page)
        await page.keyboard.press('Escape')
        await page.getByRole('button', { name: say('New'), exact: true }).click()
        await expect(page.getByRole('dialog')).toBeVisible()
        seen['new document'] = await seriousViolations(page)
        await page.keyboard.press('Escape')
        await expect(page.getByRole('dialog')).toHaveCount(0)
        await studio.palette.run(say('Enable image pre-caching…'))
        await expect(page.getByRole('dialog')).toBeVisible()
        seen['enable pre-caching'] = await seriousViolations(page)
        await page.keyboard.press('Escape')
        await expect(page.getByRole('dialog')).toHaveCount(0)
        await page.getByRole('button', { name: say('Convert'), exact: true }).click()
        await expect(page.getByRole('dialog')).toBeVisible()
        seen['convert to ClusterInstance'] = await seriousViolations(page)
        await page.getByRole('button', { name: say('Open in the editor') }).click()
        await expect(page.getByRole('dialog')).toHaveCount(0)
        // the ClusterInstance views: its cluster's form and its node's
        await studio.selectCluster(0)
        seen['ClusterInstance cluster form'] = await seriousViolations(page)
        await studio.selectNode(0, 0)
        seen['ClusterInstance node form'] = await seriousViolations(page)
        expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, []])))
      })
      test('an opened folder: the Sites tab, its bulk edit and the changed files', async ({
        studio,
        page,
      }) => {
        test.setTimeout(60_000)
        await studio.open()
        await studio.sites.openFolder(writeRepo(generateRepo(8, 2).files))
        await studio.sites.checked()
        const seen: Record<string, string[]> = {}
        seen['Sites'] = await seriousViolations(page)
        await page
          .getByRole('checkbox', { name: say('Choose {{file}}').replace('{{file}}', sitePath(3)) })
          .check()
        seen['Sites with the bulk edit'] = await seriousViolations(page)
        await page
          .getByRole('button', { name: say('Enable pre-caching on the chosen sites') })
          .click()
        await expect(
          page.getByRole('region', {
            name: new RegExp(say('Changed files: {{n}}').replace('{{n}}', '1')),
          }),
        ).toBeVisible()
        seen['Diff with the changed files'] = await seriousViolations(page)
        expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, []])))
      })
    })
