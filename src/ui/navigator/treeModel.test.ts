import { describe, expect, it } from 'vitest'
import { readSiteFile, siteData } from '../../core/document/siteFile.ts'
import { validate } from '../../core/validate/validate.ts'
import { seedText } from '../../test/fixtures.ts'
import { problemCounts, treeRows } from './treeModel.ts'
import { siteConfigModel } from '../../core/site/siteModel.ts'

describe('the navigator’s rows', () => {
  const file = readSiteFile(seedText())
  const diags = validate(file)

  it('count errors and warnings apart, per row, leaving info out', () => {
    const counts = problemCounts(diags, siteConfigModel)
    const total = [...counts.values()].reduce(
      (a, c) => ({ errors: a.errors + c.errors, warnings: a.warnings + c.warnings }),
      { errors: 0, warnings: 0 },
    )
    expect(total).toEqual({
      errors: diags.filter((d) => d.severity === 'error').length,
      warnings: diags.filter((d) => d.severity === 'warning').length,
    })
    expect(total.warnings).toBeGreaterThan(0)
  })

  it('leave an unnamed item’s label empty, for the UI to word in the chosen language', () => {
    const rows = treeRows({ spec: { clusters: [{ nodes: [{}] }] } }, new Set())
    expect(rows.map((r) => [r.label, r.index, r.level])).toEqual([
      ['', 0, 1],
      ['', 0, 2],
      ['', 0, 3],
    ])
    expect(treeRows(siteData(file), new Set())[1]?.label).toBe('sno-worker-0')
  })
})
