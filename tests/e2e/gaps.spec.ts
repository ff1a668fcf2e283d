import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { gapMatrixResponseSchema } from '@/lib/schemas/gaps'
import { expectNoSeriousA11yViolations } from './support/axe'
import { connectE2eDatabase } from './support/database'
import { createAccount, signIn } from './support/curation-fixtures'
import { createGapFixture } from './support/gaps-fixtures'

const db = connectE2eDatabase()
test.afterAll(async () => {
  await db.$disconnect()
})

test('a negotiator opens the matrix, filters it, reads a cell’s evidence, switches the date and exports', async ({
  page,
}) => {
  const fx = await createGapFixture(db)

  await page.goto('/gaps')
  await expect(page.getByRole('heading', { level: 1, name: 'Gap analysis' })).toBeVisible()
  await page.getByRole('link', { name: fx.standard.name }).click()
  await expect(page.getByRole('table', { name: new RegExp(fx.standard.name) })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: new RegExp(fx.beta.name) })).toBeVisible()
  // A criterion's whole title is in its column header, wrapped, never cut off with an ellipsis.
  const header = page.getByRole('columnheader', { name: /^2 Producing material, offering/ })
  await expect(header).toContainText('distributing or transmitting it')
  expect(
    await header.evaluate((th) =>
      [...th.querySelectorAll('span')].every(
        (span) => span.scrollWidth <= span.clientWidth && getComputedStyle(span).textOverflow !== 'ellipsis',
      ),
    ),
  ).toBe(true)
  await expectNoSeriousA11yViolations(page)

  // Filter: members of the organisation only.
  await page.getByLabel('Member of').selectOption(fx.org.code)
  await page.getByRole('button', { name: 'Show matrix' }).click()
  await expect(page).toHaveURL(new RegExp(`org=${fx.org.code}`))
  await expect(page.getByRole('status')).toContainText('1 jurisdiction shown')
  await expect(page.getByRole('rowheader', { name: new RegExp(fx.beta.name) })).toHaveCount(0)
  const alphaRow = page.getByRole('row', { name: new RegExp(fx.alpha.name) })
  await expect(alphaRow.getByText('Party')).toBeVisible()
  await expect(alphaRow.getByText('100%')).toBeVisible()

  // Open a cell: the reserved element shows the reservation; the met one its pinpoint citation.
  await page.getByRole('link', { name: `${fx.alpha.name}, criterion 2: Reserved` }).click()
  const evidence = page.getByRole('region', { name: new RegExp(`${fx.alpha.name} — criterion 2`) })
  await expect(evidence).toBeVisible()
  await expect(page).toHaveURL(/cell=/)
  const virtual = evidence.getByRole('listitem').filter({ hasText: 'Virtual or generated material' })
  await expect(virtual.getByText('Reserved by the jurisdiction')).toBeVisible()
  await expect(virtual.getByText(/reserves the right not to apply article 20\(1\)\(a\)/)).toBeVisible()
  await expect(virtual.getByText('Derived', { exact: true })).toBeVisible()
  await expect(evidence.getByRole('link', { name: `${fx.alpha.s1Citation}, s. 1(2)(a)` })).toHaveAttribute(
    'href',
    `/instruments${fx.alpha.lawUri}#sec_1`,
  )
  await expectNoSeriousA11yViolations(page)

  // Switch the date to before the reservation: the same element is now a gap.
  await page.getByLabel('As of date').fill('2014-01-01')
  await page.getByRole('button', { name: 'Show matrix' }).click()
  await expect(page).toHaveURL(/asOf=2014-01-01/)
  await expect(page.getByRole('link', { name: `${fx.alpha.name}, criterion 2: Partly met` })).toBeVisible()
  await expect(virtual.getByText('Curated by LexBridge')).toBeVisible()
  await expect(virtual.getByText('Reserved by the jurisdiction')).toHaveCount(0)
  await expect(evidence.getByText('As of 2014-01-01')).toBeVisible()

  // Export: CSV download and JSON that satisfies the published schema.
  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Export CSV' }).click()
  const csv = readFileSync((await (await download).path())!, 'utf8')
  expect(csv.split('\r\n')[0]).toBe(
    'jurisdiction_code,jurisdiction,date,treaty_status,criterion,status,source,score,max_score,conflict,elements,evidence',
  )
  expect(csv).toContain(`${fx.alpha.code},${fx.alpha.name},2014-01-01,party,2,partial,curated`)
  const jsonHref = await page.getByRole('link', { name: 'Export JSON' }).getAttribute('href')
  const response = await page.request.get(jsonHref!)
  expect(response.status()).toBe(200)
  const body = gapMatrixResponseSchema.parse((await response.json()).data)
  expect(body.asOf).toBe('2014-01-01')
  expect(body.rows.map((r) => r.jurisdiction.code)).toEqual([fx.alpha.code])
})

test('each party at its ratification date, sorting and the empty state', async ({ page }) => {
  const fx = await createGapFixture(db)
  await page.goto(`/gaps?standard=${fx.standard.slug}&region=002&sort=gaps`)
  await expect(page.getByLabel('Sort')).toHaveValue('gaps')
  const first = page.getByRole('rowheader').first()
  await expect(first).toBeVisible()

  await page.getByRole('link', { name: 'Each party at its ratification date' }).click()
  await expect(page).toHaveURL(/asOf=ratification/)
  await expect(page.getByRole('status')).toContainText('without a dated ratification or accession are not shown')
  await expect(page.getByRole('status')).toContainText('0 jurisdictions shown')
  await expect(page.getByText('No jurisdiction matches these filters.')).toBeVisible()

  await page.goto(`/gaps?standard=${fx.standard.slug}&org=${fx.org.code}&asOf=ratification`)
  await expect(page.getByRole('columnheader', { name: 'Evaluated on' })).toBeVisible()
  await expect(
    page.getByRole('row', { name: new RegExp(fx.alpha.name) }).getByRole('cell', { name: '2012-03-01' }),
  ).toBeVisible()
  await expect(page.getByRole('link', { name: `${fx.alpha.name}, criterion 2: Partly met` })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

test('malformed parameters are ignored on the page and refused by the API', async ({ page }) => {
  const fx = await createGapFixture(db)
  const response = await page.goto(`/gaps?standard=${fx.standard.slug}&asOf=2023-02-30&sort=random&cell=%%%`)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('status')).toContainText('as of')
  const bad = await page.request.get(`/api/v1/gaps?standard=${fx.standard.slug}&asOf=yesterday`)
  expect(bad.status()).toBe(400)
  expect(bad.headers()['content-type']).toBe('application/problem+json')
  expect((await bad.json()).errors[0].parameter).toBe('asOf')
  expect((await page.request.get('/api/v1/gaps?standard=no-such-standard')).status()).toBe(404)
  const schema = await page.request.get('/api/v1/gaps/schema')
  expect((await schema.json()).type).toBe('object')
})

test('a jurisdiction’s printable gap report lists what is missing and who meets it', async ({ page }) => {
  const fx = await createGapFixture(db)
  await page.goto(`/jurisdictions/${fx.beta.code}/gaps`)
  await expect(page.getByRole('heading', { level: 1, name: `Gap report: ${fx.beta.name}` })).toBeVisible()
  const section = page.getByRole('region', { name: new RegExp(fx.standard.name) }).last()
  const gap = section.getByRole('listitem').filter({ hasText: 'Specific legislation' })
  await expect(gap.getByText('Not met')).toBeVisible()
  await expect(gap.getByRole('link', { name: fx.alpha.name })).toBeVisible()
  await expect(gap.getByRole('link', { name: fx.alpha.s1Citation })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Print this report' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

test('a curator corrects an element result in the assessment form and the matrix shows it at once', async ({
  page,
}) => {
  const fx = await createGapFixture(db)
  const admin = await createAccount(db, 'admin')
  const assessment = await db.assessment.findFirstOrThrow({
    where: { jurisdiction: { code: fx.alpha.code }, criterion: { code: '2', standard: { slug: fx.standard.slug } } },
    select: { id: true },
  })
  // Seen once before the edit, so the server holds this standard in its cache.
  const cellUrl = `/gaps?standard=${fx.standard.slug}&asOf=2025-06-01&cell=${fx.alpha.code}:2`
  await page.goto(cellUrl)
  const evidence = page.getByRole('region', { name: new RegExp(`${fx.alpha.name} — criterion 2`) })
  await expect(
    evidence.getByRole('listitem').filter({ hasText: 'Virtual or generated material' }).getByText('missing'),
  ).toBeVisible()

  await signIn(page, admin, `/admin/assessments/${assessment.id}`)
  // Element results are rows: the element is picked from the criterion's elements, the provision typed and looked up.
  const virtualRow = page.getByRole('group', { name: 'Element result 2' })
  await expect(virtualRow.getByLabel('Element')).toHaveValue('virtual')
  await virtualRow.getByLabel('Status').selectOption('MET')
  const provision = virtualRow.getByLabel('Provision', { exact: true })
  await provision.fill(`${fx.alpha.lawUri}#sec_99`)
  await provision.blur()
  await expect(
    virtualRow.getByText(`No provision "${fx.alpha.lawUri}#sec_99": check the URI and the eId`),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Save and publish' }).click()
  await expect(page.getByText('One field needs attention. Nothing was saved.')).toBeVisible()
  await expect(provision).toHaveAttribute('aria-invalid', 'true')
  await expectNoSeriousA11yViolations(page)

  await provision.fill(`${fx.alpha.lawUri}#sec_2`)
  await provision.blur()
  await expect(virtualRow.getByText(`Found: Child Protection Act 2009 (${fx.alpha.code}), s. 2`)).toBeVisible()
  await page.getByRole('button', { name: 'Save and publish' }).click()
  await expect(page.getByText('Saved and published.')).toBeVisible()

  await page.goto(cellUrl)
  const virtual = evidence.getByRole('listitem').filter({ hasText: 'Virtual or generated material' })
  await expect(virtual.getByText('Curated by LexBridge')).toBeVisible()
  await expect(virtual.getByRole('link', { name: `Child Protection Act 2009 (${fx.alpha.code}), s. 2` })).toBeVisible()
})
