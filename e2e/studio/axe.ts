/**
 * axe-core on the page as it is now: the serious and critical violations of WCAG 2.0/2.1/2.2 A and AA,
 * one line each (rule, what, where), so a failing test says what to fix. Colour contrast included:
 * the syntax colours and badges are part of what a user reads.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    )
}
