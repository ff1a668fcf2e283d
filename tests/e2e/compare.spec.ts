import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { parseCsv } from '@/lib/dataset/csv'
import { expectNoSeriousA11yViolations } from './support/axe'
import { createCompareFixture, type CompareFixture } from './support/compare-fixtures'
import { connectE2eDatabase } from './support/database'
import { pickJurisdiction } from './support/picker'

const db = connectE2eDatabase()
test.afterAll(async () => {
  await db.$disconnect()
})

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/compare-${name}.png`, fullPage: true })
const matrixUrl = (fx: CompareFixture, extra = '') =>
  `/compare?j=${fx.alpha.code}&j=${fx.beta.code}&j=${fx.gamma.code}&by=topic&topic=${fx.topics.root}${extra}`

test('a researcher chooses jurisdictions and a topic, reads a cell and shares the comparison', async ({
  page,
  context,
}) => {
  const fx = await createCompareFixture(db)
  await page.goto('/compare')
  await expect(page.getByRole('heading', { level: 1, name: 'Compare' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await pickJurisdiction(page, fx.alpha.name)
  await pickJurisdiction(page, fx.beta.name)
  // Gammaland has no published law yet: it is offered all the same, and says so.
  await pickJurisdiction(page, fx.gamma.name)
  await page.getByLabel('Topic to compare').selectOption(fx.topics.root)
  await page.getByRole('button', { name: 'Compare' }).click()

  await expect(page).toHaveURL(new RegExp(`by=topic&topic=${fx.topics.root.replace('.', '\\.')}`))
  const table = page.getByRole('table', { name: new RegExp(fx.topics.rootName) })
  await expect(table.getByRole('columnheader')).toHaveText([
    'Topic',
    new RegExp(fx.alpha.name),
    new RegExp(fx.beta.name),
    new RegExp(fx.gamma.name),
  ])

  // Reading a cell: the grooming row, Alphaland's column holds s. 3 of the version in force.
  const grooming = table.getByRole('row', { name: new RegExp(fx.topics.groomingName) })
  const cells = grooming.getByRole('cell')
  const provision = cells.nth(0).getByRole('article', { name: 's. 3 — Grooming' })
  await expect(provision).toContainText('by any means including online services')
  await expect(provision).toContainText(`Alpha CPA ${fx.suffix}, s. 3`)
  await expect(provision.getByText('Verified')).toBeVisible()
  await expect(cells.nth(1).getByRole('article', { name: 's. 6 — Online solicitation' })).toBeVisible()
  await expect(cells.nth(2)).toHaveText(/No provision recorded/)
  await expect(page.getByText('Unpublished draft')).toHaveCount(0)
  await expect(page.getByText(`Alpha CPA ${fx.suffix}, s. 3 (2010)`)).toHaveCount(0)
  await expect(
    table.getByRole('row', { name: new RegExp(fx.topics.sextortionName) }).getByText('No provision recorded'),
  ).toHaveCount(3)
  await expectNoSeriousA11yViolations(page)
  await shot(page, 'matrix-wide')

  // Sharing: the address alone reopens the same comparison in a new page.
  const shared = page.url()
  const other = await context.newPage()
  await other.goto(shared)
  const reopened = other.getByRole('table', { name: new RegExp(fx.topics.rootName) })
  await expect(reopened.getByRole('columnheader')).toHaveText([
    'Topic',
    new RegExp(fx.alpha.name),
    new RegExp(fx.beta.name),
    new RegExp(fx.gamma.name),
  ])
  await expect(
    reopened
      .getByRole('row', { name: new RegExp(fx.topics.groomingName) })
      .getByRole('article', { name: 's. 3 — Grooming' }),
  ).toBeVisible()
  await other.close()

  // The link goes to the full provision, in the version compared.
  await provision.getByRole('link', { name: /Open the provision/ }).click()
  await expect(page.locator('#sec_3')).toBeInViewport()
  await expect(page.locator('#sec_3')).toContainText('by any means including online services')
})

test('an international instrument can be a column', async ({ page }) => {
  const fx = await createCompareFixture(db)
  await page.goto(`/compare?j=${fx.alpha.code}&topic=${fx.topics.grooming}`)
  await page.getByText('Change the comparison').click()
  await page.getByLabel(/International instrument as an extra column/).selectOption(fx.treaty.uri)
  await page.getByRole('button', { name: 'Compare' }).click()
  await expect(page).toHaveURL(/col=%2Fakn%2F/)
  const table = page.getByRole('table', { name: new RegExp(fx.topics.groomingName) })
  await expect(table.getByRole('columnheader', { name: new RegExp(fx.treaty.name) })).toBeVisible()
  await expect(table.getByRole('article', { name: 'Art. 23 — Solicitation of children' })).toBeVisible()
})

test('the diff opens from a cell and shows what changed between two versions', async ({ page }) => {
  const fx = await createCompareFixture(db)
  await page.goto(matrixUrl(fx))
  const provision = page.getByRole('article', { name: 's. 3 — Grooming' })
  await provision.getByRole('link', { name: /Compare text/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Compare texts' })).toBeVisible()
  await expect(
    page.getByRole('link', { name: new RegExp(`${fx.beta.name}: s. 6 — Online solicitation`) }),
  ).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await page.getByRole('link', { name: /Version from 1 January 2010 until 1 January 2020/ }).click()
  await expect(page).toHaveURL(new RegExp(`a=${fx.provisions.alphaGroomingOld.id}&b=${fx.provisions.alphaGrooming.id}`))
  await expect(page.getByRole('status').filter({ hasText: 'only in the first' })).toHaveText(
    /1 word only in the first, \d+ only in the second\./,
  )
  await expect(page.locator('del')).toContainText(['14'])
  await expect(page.locator('ins').filter({ hasText: '16' })).toHaveCount(1)
  await expectNoSeriousA11yViolations(page)
  await shot(page, 'diff-wide')

  await page.getByRole('link', { name: 'Swap sides' }).click()
  await expect(page).toHaveURL(new RegExp(`a=${fx.provisions.alphaGrooming.id}&b=${fx.provisions.alphaGroomingOld.id}`))
})

test('the comparison exports as CSV (with gaps) and JSON', async ({ page, request }) => {
  const fx = await createCompareFixture(db)
  await page.goto(matrixUrl(fx))
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Download CSV' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toBe(
    `lexbridge-compare-topic-${fx.alpha.code}-${fx.beta.code}-${fx.gamma.code}.csv`,
  )
  const rows = parseCsv(readFileSync((await download.path())!, 'utf8'))
  expect(rows[0]).toEqual([
    'compare_by',
    'row',
    'row_label',
    'column',
    'column_name',
    'status',
    'citation',
    'title',
    'text',
    'text_kind',
    'verification',
    'link',
    'source_url',
    'instrument',
    'version_valid_from',
  ])
  const line = (row: string, column: string) => rows.filter((r) => r[1] === row && r[3] === column)
  expect(line(fx.topics.grooming, fx.alpha.code).map((r) => r[6])).toEqual([`Alpha CPA ${fx.suffix}, s. 3`])
  expect(line(fx.topics.grooming, fx.alpha.code)[0][11]).toMatch(/^http:\/\/[^/]+\/instruments\/akn\/.+#sec_3$/)
  expect(line(fx.topics.grooming, fx.gamma.code).map((r) => r[5])).toEqual(['no provision recorded'])

  const json = await request.get(`/api/v1/compare?j=${fx.alpha.code}&j=${fx.beta.code}&topic=${fx.topics.csam}`)
  expect(json.status()).toBe(200)
  const body = await json.json()
  expect(body.data.rows[0].cells.map((c: { items: { citation: string }[] }) => c.items.map((i) => i.citation))).toEqual(
    [[], [`Betaland Penal Code ${fx.suffix}, s. 5`, `Betaland Penal Code ${fx.suffix}, s. 6`]],
  )
})

test('the definitions matrix marks the features that differ', async ({ page }) => {
  const fx = await createCompareFixture(db)
  await page.goto(`/compare/definitions?concept=csam&j=${fx.alpha.code}&j=${fx.beta.code}&j=${fx.gamma.code}`)
  const table = page.getByRole('table', { name: /Definitions of Child sexual abuse material/ })
  await expect(
    table.getByRole('row', { name: /Covers virtual, computer- or AI-generated material/ }).getByRole('cell'),
  ).toHaveText([/Yes/, /No/, /—/, /Differs/])
  await expect(table.getByRole('row', { name: /Age limit/ }).getByRole('cell')).toHaveText([
    /under 18/,
    /under 16/,
    /—/,
    /Differs/,
  ])
  await expect(table.getByRole('row', { name: /Covers visual material/ }).getByRole('cell')).toHaveText([
    /Yes/,
    /Yes/,
    /—/,
    /Same/,
  ])
  await expect(table.getByText('No definition recorded')).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await shot(page, 'definitions-wide')
})

test('age benchmarks sit side by side with an age-consistency check', async ({ page }) => {
  const fx = await createCompareFixture(db)
  await page.goto(`/compare/ages?j=${fx.alpha.code}&j=${fx.beta.code}`)
  const table = page.getByRole('table', { name: 'Age benchmarks by jurisdiction' })
  await expect(
    table
      .getByRole('row', { name: new RegExp(fx.alpha.name) })
      .getByRole('cell')
      .nth(2), // after the consistency verdict (the answer column) and the first kind
  ).toContainText('15')
  await expect(page.getByText('Close-in-age exemption of three years')).toBeVisible()
  await expect(page.getByText('Repealed rule')).toHaveCount(0)
  const alphaCheck = page.getByRole('region', { name: fx.alpha.name })
  await expect(
    alphaCheck.getByRole('listitem').filter({ hasText: 'CSAM age limit and age of sexual consent' }),
  ).toContainText('Tension')
  await expect(alphaCheck).toContainText(
    'CSAM law protects under-18s while the age of sexual consent is 15 with no exemption for self-generated images',
  )
  await expect(page.getByRole('region', { name: fx.beta.name })).toContainText('The CSAM age limit is under 16')
  await expectNoSeriousA11yViolations(page)
  await shot(page, 'ages-wide')
})

test('comparing by criterion shows element results', async ({ page }) => {
  const fx = await createCompareFixture(db)
  await page.goto(`/compare?j=${fx.alpha.code}&j=${fx.beta.code}&by=criterion&criterion=${fx.criterion}`)
  const row = page.getByRole('row', { name: new RegExp(`Committed through ICT ${fx.suffix}`) })
  await expect(row.getByRole('cell')).toHaveText([/Met.*s\. 3/, /Not assessed/])
  await expectNoSeriousA11yViolations(page)
})

test('too many jurisdictions or malformed parameters get a clear message, never a 500', async ({ page, request }) => {
  const codes = ['AA', 'BB', 'CC', 'DD', 'EE', 'FF', 'GG', 'HH', 'II']
  const response = await page.goto(`/compare?${codes.map((c) => `j=${c}`).join('&')}`)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('alert').filter({ hasText: 'Too many' })).toContainText(
    'A comparison shows at most 8 side by side: remove 1 to see it.',
  )

  const malformed = await page.goto('/compare?j=%%%&by=nonsense&topic=../../etc')
  expect(malformed?.status()).toBe(200)
  await expect(page.getByRole('status').filter({ hasText: 'not understood' })).toBeVisible()

  const api = await request.get(`/api/v1/compare?${codes.map((c) => `j=${c}`).join('&')}`)
  expect(api.status()).toBe(400)
  expect((await api.json()).errors[0]).toMatchObject({
    parameter: 'jurisdiction',
    message: expect.stringContaining('at most 8'),
  })
  expect((await request.get('/api/v1/compare?j=GB&format=xml')).status()).toBe(400)
  expect((await request.get('/api/v1/compare')).status()).toBe(400)
  expect((await request.get('/api/v1/compare/diff?a=zz')).status()).toBe(400)
})
