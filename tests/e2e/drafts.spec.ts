import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { readDocxParagraphs } from '@/tests/support/read-docx'
import { expectNoSeriousA11yViolations } from './support/axe'
import { connectE2eDatabase } from './support/database'
import { createAccount, PASSWORD, signIn, useOwnClientAddress } from './support/curation-fixtures'
import { createNegotiationFixture } from './support/drafts-fixtures'
import { pickJurisdiction } from './support/picker'

const db = connectE2eDatabase()
test.afterAll(async () => {
  await db.$disconnect()
})

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

test('a negotiator builds a draft from a provision, sees the forecast change and exports it', async ({ page }) => {
  const f = await createNegotiationFixture(db)
  const nora = await createAccount(db, 'viewer')

  await page.goto('/')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Drafts' }).click()
  await expect(page.getByRole('heading', { name: 'Sign in to use the negotiator workspace' })).toBeVisible()
  await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fdrafts$/)
  await useOwnClientAddress(page)
  await page.getByLabel('Email').fill(nora.email)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByText('You have no drafts yet.')).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('link', { name: 'New draft' }).click()
  await page.getByRole('button', { name: 'Create draft' }).click()
  await expect(page.getByText('Give the draft a title of at least 3 characters')).toBeVisible()
  await page.getByLabel('Title').fill('Model provisions on online grooming')
  await pickJurisdiction(page, f.meets.name, /^Participating jurisdictions/)
  await pickJurisdiction(page, f.partly.name, /^Participating jurisdictions/)
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('button', { name: 'Create draft' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Model provisions on online grooming' })).toBeVisible()
  await expect(page.getByText('Link clauses to a criterion or a concept to forecast')).toBeVisible()

  // Start a clause from a national provision.
  await page.getByLabel('Words in the citation, heading or text').fill('arranges meet')
  await page.getByLabel('Jurisdiction or organisation').selectOption({ label: f.meets.name })
  await page.getByRole('button', { name: 'Find provisions' }).click()
  await expect(page.getByRole('status').filter({ hasText: '1 matching provision' })).toBeVisible()
  // The criteria its crosswalk names are offered, not linked unasked: tick the one this clause implements.
  const choices = page.getByRole('group', { name: `Criteria to link the new clause to (${f.meets.section.citation})` })
  await expect(
    choices.getByRole('checkbox', {
      name: new RegExp(`^${escapeRegExp(f.criterion.label)} — assessed for \\d+ jurisdictions?$`),
    }),
  ).not.toBeChecked()
  await choices.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(f.criterion.label)}`) }).check()
  await page.getByRole('button', { name: `Start a clause from ${f.meets.section.citation}` }).click()
  const clause = page.getByRole('article', { name: 'Clause 1 — Meeting a child following grooming' })
  await expect(clause).toBeVisible()
  await expect(clause.getByRole('link', { name: f.meets.section.citation })).toBeVisible()
  await expect(clause.getByText(f.criterion.label).first()).toBeVisible()
  await expect(clause.getByText(`Equivalent articles: ${f.crosswalk.label}`)).toBeVisible()

  const summary = page.getByRole('region', { name: 'Conformity forecast' })
  await expect(summary).toContainText('Adopting this draft would require changes in 1 of 2 jurisdictions, on clause 1.')
  const forecast = page.getByRole('table', { name: /Conformity forecast/ })
  await expect(forecast.getByRole('row', { name: new RegExp(`${f.meets.name}.*Meets.*none`) })).toBeVisible()
  await expect(
    forecast.getByRole('row', { name: new RegExp(`${f.partly.name}.*Partly meets.*Clause 1`) }),
  ).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  // Edit the copied text (the editor opens on the new clause).
  await clause
    .getByLabel('Clause text')
    .fill('Each Party shall criminalise arranging, online, to meet a child for a sexual purpose.')
  await clause.getByRole('button', { name: 'Save clause' }).click()
  await expect(clause.getByText('Clause saved.')).toBeVisible()
  await expect(
    clause
      .getByRole('paragraph')
      .filter({ hasText: /^Each Party shall criminalise arranging, online, to meet a child for a sexual purpose\.$/ }),
  ).toBeVisible()

  // A third jurisdiction joins: the forecast changes.
  await page.getByLabel('Add a participating jurisdiction').selectOption({ label: f.lacks.name })
  await page.getByRole('button', { name: 'Add jurisdiction' }).click()
  await expect(summary).toContainText('Adopting this draft would require changes in 2 of 3 jurisdictions, on clause 1.')
  await expect(
    forecast.getByRole('row', { name: new RegExp(`${f.lacks.name}.*Does not meet.*Clause 1`) }),
  ).toBeVisible()
  await expect(forecast.getByRole('row', { name: /Totals/ })).toContainText('1 meet1 partly1 do not0 not known')
  await page.screenshot({ path: 'test-results/screenshots/draft-forecast.png', fullPage: true })

  // Export as Word and read the file back.
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Export as Word (.docx)' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toMatch(/^model-provisions-on-online-grooming-v\d+\.docx$/)
  const paragraphs = readDocxParagraphs(readFileSync((await download.path())!))
  expect(paragraphs[0]).toBe('Model provisions on online grooming')
  expect(paragraphs).toContain('Clause 1 — Meeting a child following grooming')
  expect(paragraphs).toContain('Each Party shall criminalise arranging, online, to meet a child for a sexual purpose.')
  expect(paragraphs).toContain(`Source: ${f.meets.section.citation}`)
  expect(paragraphs).toEqual(expect.arrayContaining([f.lacks.name, '✗ Does not meet', f.partly.name, '◐ Partly meets']))

  const markdown = await page.request.get(page.url().replace(/[?#].*$/, '') + '/export.md')
  expect(markdown.headers()['content-type']).toContain('text/markdown')
  expect(await markdown.text()).toContain(`| ${f.lacks.name} | ✗ Does not meet | Clause 1 |`)

  // History: compare the latest version with the one before.
  await page.getByRole('link', { name: 'History and comparison' }).click()
  await expect(page.getByRole('heading', { name: /Changes from version 3 to version 4/ })).toBeVisible()
  await expect(page.getByText('Added: ' + f.lacks.name)).toBeVisible()
  await page.getByLabel('Compare version').selectOption('2')
  await page.getByLabel('with version').selectOption('3')
  await page.getByRole('button', { name: 'Compare' }).click()
  await expect(page.getByRole('heading', { name: /Changes from version 2 to version 3/ })).toBeVisible()
  await expect(page.getByRole('insertion').filter({ hasText: 'criminalise' }).first()).toBeVisible()
  await expect(page.getByRole('deletion').filter({ hasText: 'communicates' }).first()).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await page.screenshot({ path: 'test-results/screenshots/draft-history.png', fullPage: true })

  // Crosswalks are usable when drafting: start the next clause from the equivalent treaty article.
  await page.getByRole('link', { name: 'Model provisions on online grooming' }).click()
  await page
    .getByRole('article', { name: /^Clause 1/ })
    .getByRole('button', { name: `Start a clause from ${f.treaty.art23.citation}` })
    .click()
  const second = page.getByRole('article', { name: 'Clause 2 — Solicitation of children for sexual purposes' })
  await expect(second.getByRole('link', { name: f.treaty.art23.citation, exact: true }).first()).toBeVisible()
  await expect(
    second.getByRole('paragraph').filter({ hasText: 'Each Party shall criminalise the intentional proposal' }),
  ).toBeVisible()
})

test('drafts are private until shared, and a stale save is refused', async ({ browser }) => {
  const f = await createNegotiationFixture(db)
  const ada = await createAccount(db, 'viewer')
  const cole = await createAccount(db, 'editor')
  const author = await browser.newPage()
  const colleague = await browser.newPage()
  await signIn(author, ada, '/drafts')
  await signIn(colleague, cole, '/drafts')

  await author.goto('/drafts/new')
  await author.getByLabel('Title').fill('Shared grooming draft')
  await pickJurisdiction(author, f.meets.name, /^Participating jurisdictions/)
  await author.getByRole('button', { name: 'Create draft' }).click()
  await expect(author.getByRole('heading', { level: 1, name: 'Shared grooming draft' })).toBeVisible()
  const draftUrl = author.url()

  expect((await colleague.goto(draftUrl))?.status()).toBe(404)

  await author.getByLabel('Colleague’s email').fill(cole.email)
  await author.getByLabel('Access').selectOption('EDIT')
  await author.getByRole('button', { name: 'Share', exact: true }).click()
  await expect(author.getByText(`Shared with ${cole.name} (can edit).`)).toBeVisible()

  await colleague.goto('/drafts')
  await colleague.getByRole('link', { name: 'Shared grooming draft' }).click()
  await expect(colleague.getByText('Shared with you to edit.')).toBeVisible()
  await colleague.getByText('Edit title and purpose').click()
  await colleague.getByLabel('Title').fill('Shared grooming draft (colleague’s edit)')
  await colleague.getByRole('button', { name: 'Save title and purpose' }).click()
  await expect(
    colleague.getByRole('heading', { level: 1, name: 'Shared grooming draft (colleague’s edit)' }),
  ).toBeVisible()

  // The author's page still holds the old version: their save must not overwrite the colleague's.
  await author.getByText('Edit title and purpose').click()
  await author.getByLabel('Title').fill('Author’s stale edit')
  await author.getByRole('button', { name: 'Save title and purpose' }).click()
  await expect(author.getByRole('alert').filter({ hasText: 'changed by someone else' })).toBeVisible()
  await author.reload()
  await expect(
    author.getByRole('heading', { level: 1, name: 'Shared grooming draft (colleague’s edit)' }),
  ).toBeVisible()
  await author.close()
  await colleague.close()
})
