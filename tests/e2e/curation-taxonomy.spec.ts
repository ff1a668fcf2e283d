import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { connectE2eDatabase, uniqueSuffix } from './support/database'
import { createLawFixture } from './support/fixtures'
import { createGapFixture } from './support/gaps-fixtures'
import { createAccount, screenshot, signIn } from './support/curation-fixtures'

/**
 * Issue 19 item 6: curators edit the taxonomy, topic tags and crosswalks in /admin with the same
 * review, history and restore as other records; evidence is edited as rows; history and audit
 * show names; reviewers and admins can ask for a second pair of eyes.
 */
const db = connectE2eDatabase()
// Several pages, two accounts and a review each: more than the default budget on a loaded machine.
test.describe.configure({ timeout: 180_000 })
test.afterAll(async () => {
  await db.$disconnect()
})

test('a topic is created, a provision is tagged with it through review, and the history names the topic', async ({
  page,
  browser,
}) => {
  const law = await createLawFixture(db)
  const admin = await createAccount(db, 'admin')
  const editor = await createAccount(db, 'editor')
  const slug = `e2e-${uniqueSuffix().toLowerCase()}`

  // The admin adds a topic to the taxonomy.
  await signIn(page, admin, '/admin/topics/new')
  await page.getByLabel('Slug (required)').fill(slug)
  await page.getByLabel('Name').fill('Livestreamed abuse')
  await page.getByRole('button', { name: 'Save and publish' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Livestreamed abuse (${slug})` })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  // The editor tags the grooming section; the tag waits for review.
  const editorContext = await browser.newContext()
  const editorPage = await editorContext.newPage()
  // Every law fixture has an "Act No. 7 of 2020, s. 3": open this fixture's own section.
  const provision = await db.provision.findFirstOrThrow({
    where: { eId: 'part_1__sec_3', instrumentVersion: { instrument: { uri: law.uri } } },
    select: { id: true },
  })
  await signIn(editorPage, editor, `/admin/provisions/${provision.id}`)
  await editorPage.getByLabel('Topics').fill(`${slug}; no-such-topic`)
  await editorPage.getByRole('button', { name: 'Submit for review' }).click()
  await expect(editorPage.getByText('No topic "no-such-topic"')).toBeVisible()
  await editorPage.getByLabel('Topics').fill(slug)
  await editorPage.getByRole('button', { name: 'Submit for review' }).click()
  await expect(editorPage.getByText('Submitted for review.')).toBeVisible()
  await editorContext.close()

  await page.goto(`/instruments${law.uri}`)
  await expect(page.getByText('Livestreamed abuse')).toHaveCount(0)

  // The admin approves it; the public page shows the tag; the provision's history names the topic.
  const request = await db.changeRequest.findFirstOrThrow({
    where: { author: { email: editor.email }, status: 'PENDING' },
    select: { id: true },
  })
  await page.goto('/admin/review')
  await expect(page.getByRole('link', { name: /^Update provision/ }).first()).toBeVisible()
  await page.goto(`/admin/review/${request.id}`)
  await expect(page.getByRole('cell', { name: slug })).toBeVisible()
  await page.getByRole('button', { name: 'Approve and publish' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Approved' })).toHaveText(`Approved by ${admin.name}`)
  await page.goto(`/instruments${law.uri}`)
  await expect(page.getByText('Livestreamed abuse')).toBeVisible()

  await page.goto(`/admin/provisions/${provision.id}/history`)
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`Changed by ${editor.name}`) })).toBeVisible()
  await expect(page.getByRole('cell', { name: `Livestreamed abuse (${slug})` })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await screenshot(page, 'provision-history-topics')
})

test('a crosswalk is built from rows, a wrong article is named on its row, and a deletion is restored', async ({
  page,
}) => {
  const fx = await createGapFixture(db)
  const admin = await createAccount(db, 'admin')
  const slug = `cw-${fx.suffix.toLowerCase()}`
  await signIn(page, admin, '/admin/crosswalks/new')
  await page.getByLabel('Slug (required)').fill(slug)
  await page.getByLabel('Label').fill(`Producing material ${fx.suffix}`)

  await page.getByRole('button', { name: 'Add an article' }).click()
  const first = page.getByRole('group', { name: 'Article 1' })
  await expect(first.getByLabel('Provision', { exact: true })).toBeFocused()
  await first.getByLabel('Criterion').fill(`${fx.standard.slug}/2`)
  await page.getByRole('button', { name: 'Add an article' }).click()
  const second = page.getByRole('group', { name: 'Article 2' })
  await second.getByLabel('Provision', { exact: true }).fill(`${fx.alpha.lawUri}#sec_9`)
  await page.getByRole('button', { name: 'Add an article' }).click()
  await page.getByRole('group', { name: 'Article 3' }).getByLabel('Note').fill('to be removed')
  await page.getByRole('button', { name: 'Remove article 3' }).click()
  await expect(page.getByRole('group', { name: 'Article 3' })).toHaveCount(0)

  await page.getByRole('button', { name: 'Save and publish' }).click()
  await expect(
    second.getByText(`No provision "${fx.alpha.lawUri}#sec_9": check the URI and the eId`).first(),
  ).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await second.getByLabel('Provision', { exact: true }).fill(`${fx.alpha.lawUri}#sec_1`)
  await second.getByLabel('Note').fill('Alphaland')
  await page.getByRole('button', { name: 'Save and publish' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Producing material ${fx.suffix}` })).toBeVisible()

  await page.goto('/crosswalks')
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: `Producing material ${fx.suffix}` }) })
  await expect(card.getByRole('link', { name: fx.alpha.s1Citation })).toBeVisible()

  // Delete it (confirmed), then restore it from its history.
  await page.goto(`/admin/crosswalks?q=${slug}`)
  await page.getByRole('link', { name: `Producing material ${fx.suffix}` }).click()
  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByRole('button', { name: 'Delete crosswalk' }).click()
  await expect(page.getByText(/This record was deleted on/)).toBeVisible()
  await page.goto('/crosswalks')
  await expect(page.getByRole('heading', { name: `Producing material ${fx.suffix}` })).toHaveCount(0)
  const crosswalk = await db.crosswalk.findFirstOrThrow({ where: { slug }, select: { id: true } })
  await page.goto(`/admin/crosswalks/${crosswalk.id}/history`)
  await expect(page.getByRole('cell', { name: `${fx.alpha.s1Citation} · note: Alphaland` }).first()).toBeVisible()
  await page
    .getByRole('button', { name: /^Restore this version/ })
    .last()
    .click()
  await expect(page.getByText('Restored.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: /^Restored by/ })).toBeVisible()
  await page.goto('/crosswalks')
  await expect(page.getByRole('heading', { name: `Producing material ${fx.suffix}` })).toBeVisible()
})

test('an admin asks for a second pair of eyes; another reviewer approves; the audit log names the record', async ({
  page,
  browser,
}) => {
  const fx = await createGapFixture(db)
  const admin = await createAccount(db, 'admin')
  const reviewer = await createAccount(db, 'reviewer')

  // A new assessment with structured evidence, sent for review instead of published.
  await signIn(page, admin, '/admin/assessments/new')
  await page.getByLabel('Jurisdiction code').fill(fx.gamma.code)
  await page.getByLabel('Criterion (required)', { exact: true }).fill(`${fx.standard.slug}/2`)
  await page.getByLabel('Status (required)', { exact: true }).selectOption('PARTIAL')
  await page.getByLabel('Rationale').fill('Real children only; generated material is not covered.')
  await page.getByRole('button', { name: 'Add a piece of evidence' }).click()
  const evidence = page.getByRole('group', { name: 'Piece of evidence 1' })
  await evidence.getByLabel('Provision (required)').fill(`${fx.alpha.lawUri}#sec_1`)
  await evidence.getByLabel('Pinpoint').fill('s. 1(2)')
  await page.getByRole('button', { name: 'Add an element result' }).click()
  const result = page.getByRole('group', { name: 'Element result 1' })
  await result.getByLabel('Element').fill('real')
  await result.getByLabel('Status').selectOption('MET')
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('button', { name: 'Request review' }).click()
  await expect(page.getByText('Submitted for review.')).toBeVisible()
  expect(await db.assessment.count({ where: { jurisdiction: { code: fx.gamma.code } } })).toBe(0)

  // The admin cannot approve their own request.
  const request = await db.changeRequest.findFirstOrThrow({
    where: { author: { email: admin.email }, status: 'PENDING' },
    select: { id: true },
  })
  await page.goto('/admin/review')
  await expect(
    page.getByRole('link', { name: `Create assessment: ${fx.gamma.code} · ${fx.standard.slug}/2` }),
  ).toBeVisible()
  const requestUrl = `/admin/review/${request.id}`
  await page.goto(requestUrl)
  await expect(page.getByText('You asked for a second pair of eyes on this change')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Approve and publish' })).toHaveCount(0)

  const reviewerContext = await browser.newContext()
  const reviewerPage = await reviewerContext.newPage()
  await signIn(reviewerPage, reviewer, requestUrl)
  await reviewerPage.getByRole('button', { name: 'Approve and publish' }).click()
  await expect(reviewerPage.getByRole('status').filter({ hasText: 'Approved' })).toHaveText(
    `Approved by ${reviewer.name}`,
  )
  await reviewerContext.close()

  // The audit log names the record and the person, not ids; the history names the jurisdiction and provision.
  await page.goto(`/admin/audit?type=assessments&user=${encodeURIComponent(admin.name)}`)
  const title = `${fx.gamma.name} (${fx.gamma.code}) against ${fx.standard.slug}/2`
  await expect(page.getByRole('link', { name: title })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await screenshot(page, 'audit-names')
  await page.getByRole('link', { name: title }).click()
  await expect(page.getByRole('cell', { name: `${fx.gamma.name} (${fx.gamma.code})` })).toBeVisible()
  await expect(page.getByRole('cell', { name: `${fx.alpha.s1Citation} · pinpoint: s. 1(2)` })).toBeVisible()
  await expect(page.getByRole('cell', { name: 'real · met', exact: true })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})
