import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { connectE2eDatabase } from './support/database'
import { createNegotiationFixture } from './support/drafts-fixtures'

const db = connectE2eDatabase()
test.afterAll(async () => {
  await db.$disconnect()
})

test('a negotiator checks ratification readiness: obligations, gaps and the reservations that cover them', async ({
  page,
}) => {
  const f = await createNegotiationFixture(db)
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Readiness' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ratification readiness' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await page.getByLabel('Jurisdiction', { exact: true }).selectOption({ label: f.partly.name })
  await page.getByLabel('Treaty', { exact: true }).selectOption({ label: f.treaty.shortTitle })
  await page.getByRole('button', { name: 'Check readiness' }).click()
  await expect(page).toHaveURL(/j=XP-/)
  const obligation = page.getByRole('article', { name: /Solicitation of children for sexual purposes/ })
  await expect(obligation.getByText('Satisfied with reservations')).toBeVisible()
  await expect(obligation.getByRole('link', { name: f.partly.section.citation })).toBeVisible()
  await expect(obligation.getByText('art. 23(2) lets a Party reserve this element')).toBeVisible()
  await expect(page.getByText(`Would cover a gap of ${f.partly.name}.`)).toBeVisible()
  await expect(obligation.getByText(`Equivalent articles: ${f.crosswalk.label}`)).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await page.screenshot({ path: 'test-results/screenshots/readiness.png', fullPage: true })

  await page.goto(`/readiness?j=${f.lacks.code}&treaty=${encodeURIComponent(f.treaty.uri)}`)
  await expect(page.getByRole('article', { name: /Solicitation/ }).getByText('Changes needed')).toBeVisible()
  await expect(page.getByText('No reservation covers this: the law would need to change.')).toBeVisible()

  await page.goto(`/readiness?j=QQ&treaty=${encodeURIComponent(f.treaty.uri)}`)
  await expect(page.getByRole('alert').filter({ hasText: 'not in LexBridge' })).toBeVisible()
})

test('a treaty article shows its equivalents in other instruments', async ({ page }) => {
  const f = await createNegotiationFixture(db)
  await page.goto(`/instruments${f.treaty.uri}`)
  const article = page.locator('#art_23')
  const panel = article.getByRole('complementary', { name: 'Equivalent articles' })
  await expect(panel.getByRole('heading', { name: `Equivalent articles: ${f.crosswalk.label}` })).toBeVisible()
  await expect(panel.getByRole('link', { name: f.meets.section.citation })).toHaveAttribute(
    'href',
    `/instruments${f.meets.section.uri}#sec_5`,
  )
  await expect(panel.getByText(f.criterion.label)).toBeVisible()
  await expect(panel.getByRole('link', { name: f.treaty.art23.citation, exact: true })).toHaveCount(0)
  await expectNoSeriousA11yViolations(page)
  await page.screenshot({ path: 'test-results/screenshots/crosswalk.png', fullPage: true })

  // The criterion's own page shows the same crosswalk, from the criterion's side.
  await panel.getByRole('link', { name: f.criterion.label }).click()
  const criterion = page.locator('#criterion-23')
  await expect(
    criterion
      .getByRole('complementary', { name: 'Equivalent articles' })
      .getByRole('link', { name: f.treaty.art23.citation, exact: true }),
  ).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await criterion.getByRole('link', { name: f.meets.section.citation }).click()
  await expect(
    page.locator('#sec_5').getByRole('heading', { name: /Meeting a child following grooming/ }),
  ).toBeVisible()
})
