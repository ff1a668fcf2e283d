import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { connectE2eDatabase } from './support/database'
import { letterSuffix } from './support/gaps-fixtures'

const db = connectE2eDatabase()
test.afterAll(async () => {
  await db.$disconnect()
})

// Issue 16: US states carry their own cited ages; /ages maps them beside the world, /compare/ages and its API compare them.
const s = letterSuffix()
let kindCode = ''

test.beforeAll(async () => {
  const kind = await db.ageBenchmarkKind.create({
    data: { code: `test-state-age-${s.toLowerCase()}`, name: `State age ${s}`, sortOrder: 90 },
  })
  kindCode = kind.code
  // Real codes, shared with other tests: upserted, never renamed.
  const us = await db.jurisdiction.upsert({
    where: { code: 'US' },
    create: { code: 'US', name: 'United States of America', kind: 'STATE', m49Code: '840' },
    update: {},
  })
  const unit = (code: string, name: string) =>
    db.jurisdiction.upsert({
      where: { code },
      create: { code, name, kind: 'SUBNATIONAL', parentId: us.id },
      update: {},
    })
  const [ca, ny, tx] = [
    await unit('US-CA', 'California'),
    await unit('US-NY', 'New York'),
    await unit('US-TX', 'Texas'),
  ]
  await db.ageBenchmark.createMany({
    data: [
      {
        jurisdictionId: ca.id,
        kindId: kind.id,
        age: 18,
        citation: `Cal. Penal Code § 261.5 (${s})`,
        conditions: 'Close-in-age rule: a gap of 3 years sets the grade.',
      },
      { jurisdictionId: ny.id, kindId: kind.id, age: 17, citation: `N.Y. Penal Law § 130.05 (${s})` },
      { jurisdictionId: tx.id, kindId: kind.id, age: 17, citation: `Tex. Penal Code § 22.011 (${s})` },
    ],
  })
})

test('the ages page maps US states beside the world, one labelled shape per state', async ({ page }) => {
  await page.goto(`/ages?kind=${kindCode}`)
  const usMap = page.getByRole('img', { name: new RegExp(`State age ${s} in the US states and DC, in force on`) })
  await expect(usMap).toBeVisible()
  await expect(usMap.locator('path[data-code="US-CA"] title')).toHaveText('California: 18')
  await expect(usMap.locator('path[data-code="US-TX"] title')).toHaveText('Texas: 17')
  await expect(usMap.locator('path[data-code="US-WY"] title')).toHaveText('Wyoming: No data recorded')
  await expect(usMap.locator('path[data-code]')).toHaveCount(51)
  await expect(page.getByRole('list', { name: 'US map legend' })).toContainText('16–17 (2)')
  await expect(page.getByRole('img', { name: new RegExp(`^State age ${s}, in force on`) })).toBeVisible()
  const table = page.getByRole('table', { name: /benchmarks in force/ })
  await expect(table.getByRole('rowheader')).toHaveText(['California', 'New York', 'Texas'])
  await expectNoSeriousA11yViolations(page)
})

test('/compare/ages and its API give the cited age of each state', async ({ page, request }) => {
  await page.goto('/compare/ages?j=US-CA&j=US-NY&j=US-TX')
  const ages = page.getByRole('table', { name: 'Age benchmarks by jurisdiction' })
  await expect(ages.getByRole('rowheader')).toContainText(['California', 'New York', 'Texas'])
  await expect(ages.getByRole('row', { name: /California/ })).toContainText('18')
  await expect(page.getByText(`Cal. Penal Code § 261.5 (${s})`)).toBeVisible()

  const response = await request.get('/api/v1/compare/ages?j=US-CA&j=US-NY&j=US-TX')
  expect(response.ok()).toBe(true)
  const { data } = (await response.json()) as {
    data: {
      jurisdictions: { column: { code: string }; benchmarks: Record<string, { age: number; citation: string }[]> }[]
    }
  }
  expect(
    data.jurisdictions.map((j) => [j.column.code, j.benchmarks[kindCode]?.map((b) => [b.age, b.citation])]),
  ).toEqual([
    ['US-CA', [[18, `Cal. Penal Code § 261.5 (${s})`]]],
    ['US-NY', [[17, `N.Y. Penal Law § 130.05 (${s})`]]],
    ['US-TX', [[17, `Tex. Penal Code § 22.011 (${s})`]]],
  ])
})
