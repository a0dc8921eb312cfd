import { expect, seed, test } from './support.ts'

test('editing the YAML updates the form', async ({ studio }) => {
  await studio.open()
  await studio.yaml.replaceAll(
    seed.replace('baseDomain: "example.domain.redhat.com"', 'baseDomain: "edge.example.org"'),
  )
  await studio.field('spec.baseDomain').expectValue('edge.example.org')
  expect(await studio.text()).toContain('baseDomain: "edge.example.org"')
})

test('typing in Monaco reaches the form after a short pause', async ({ studio }) => {
  await studio.open()
  // after example-5g-lab, before the closing quote
  await studio.yaml.placeCursor('name: "example-5g-lab"', 'lab"', 3)
  await studio.yaml.type('-x')
  await studio.field('metadata.name').expectValue('example-5g-lab-x')
})

test('broken YAML: banner, last valid form, text kept; fixing it resumes the sync', async ({
  studio,
  page,
}) => {
  await studio.open()
  const broken = seed.replace(
    '  baseDomain: "example.domain.redhat.com"',
    '  baseDomain: "edge.example.org\n  oops: [',
  )
  await studio.yaml.replaceAll(broken)
  const banner = page.getByRole('alert').filter({ hasText: 'The YAML does not parse' })
  await expect(banner).toBeVisible()
  await expect(banner).toContainText(/line \d+, column \d+/)
  const domain = studio.field('spec.baseDomain')
  await domain.expectValue('example.domain.redhat.com')
  await expect(domain.input).toBeDisabled()
  expect(await studio.yaml.text()).toBe(broken)
  expect(await studio.text()).toBe(broken)
  expect(await studio.yaml.markers({ source: 'yaml-parse' })).toHaveLength(1)
  const fixed = seed.replace(
    'baseDomain: "example.domain.redhat.com"',
    'baseDomain: "edge.example.org"',
  )
  await studio.yaml.replaceAll(fixed)
  await expect(banner).toBeHidden()
  await domain.expectValue('edge.example.org')
  await domain.fill('edge2.example.org')
  await expect
    .poll(() => studio.yaml.text())
    .toBe(fixed.replace('edge.example.org', 'edge2.example.org'))
})
