import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { connectE2eDatabase } from './support/database'
import { letterSuffix } from './support/gaps-fixtures'

const db = connectE2eDatabase()
test.afterAll(async () => {
  await db.$disconnect()
})

test('the ages page maps a benchmark kind, sorts the table and links to the consistency check', async ({ page }) => {
  const s = letterSuffix()
  const kind = await db.ageBenchmarkKind.create({
    data: {
      code: `test-age-${s.toLowerCase()}`,
      name: `Test age ${s}`,
      description: 'A benchmark kind created by this test.',
    },
  })
  const make = (code: string, name: string, m49Code: string) =>
    db.jurisdiction.create({ data: { code, name, kind: 'STATE', m49Code } })
  const north = await make(`XN-${s.slice(0, 3)}`, `Northland ${s}`, '578')
  const south = await make(`XS-${s.slice(0, 3)}`, `Southland ${s}`, '036')
  const west = await make(`XW-${s.slice(0, 3)}`, `Westland ${s}`, '076')
  await db.ageBenchmark.createMany({
    data: [
      {
        jurisdictionId: north.id,
        kindId: kind.id,
        age: 16,
        conditions: 'Close-in-age exemption of two years',
        citation: `Penal Code (${north.code}), s. 9`,
      },
      { jurisdictionId: south.id, kindId: kind.id, age: 14, citation: `Criminal Code (${south.code}), s. 4` },
      {
        jurisdictionId: west.id,
        kindId: kind.id,
        age: null,
        conditions: 'No general age is set',
        citation: `Civil Code (${west.code}), art. 1`,
      },
      {
        jurisdictionId: west.id,
        kindId: kind.id,
        age: 12,
        citation: 'Repealed rule',
        validTo: new Date('2000-01-01T00:00:00Z'),
      },
    ],
  })

  await page.goto('/ages')
  await page.getByRole('link', { name: `Test age ${s} (4)` }).click()
  await expect(page).toHaveURL(new RegExp(`kind=${kind.code}`))
  await expect(page.getByRole('heading', { level: 2, name: `Test age ${s}` })).toBeVisible()
  const map = page.getByRole('img', { name: new RegExp(`Test age ${s}, in force on`) })
  await expect(map).toBeVisible()
  await expect(map.locator('path[data-m49="578"] title')).toHaveText(/: 16$/)
  await expect(map.locator('path[data-m49="076"] title')).toHaveText(/no age set in law/)
  await expect(page.getByRole('list', { name: 'Map legend' })).toContainText('16–17 (1)')

  const table = page.getByRole('table', { name: /benchmarks in force/ })
  await expect(table.getByRole('row')).toHaveCount(4) // header + 3; the repealed rule is not in force
  await table.getByRole('columnheader', { name: /^Age/ }).getByRole('link').click()
  await expect(page).toHaveURL(/sort=age/)
  await expect(page.getByRole('columnheader', { name: /Age/ })).toHaveAttribute('aria-sort', 'ascending')
  await expect(table.getByRole('rowheader')).toHaveText([south.name, north.name, west.name])
  await expect(table.getByRole('row', { name: new RegExp(north.name) })).toContainText(
    'Close-in-age exemption of two years',
  )
  await expect(table.getByRole('link', { name: `Age consistency of ${north.name}` })).toHaveAttribute(
    'href',
    `/compare/ages?j=${encodeURIComponent(north.code)}`,
  )
  await expectNoSeriousA11yViolations(page)
})
