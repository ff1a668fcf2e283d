import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { parseCsv } from '@/lib/dataset/csv'
import { readZipEntries } from '@/tests/support/read-docx'
import { expectNoSeriousA11yViolations } from './support/axe'
import { createCompareFixture } from './support/compare-fixtures'
import { connectE2eDatabase, uniqueSuffix } from './support/database'
import { createAccount, signIn } from './support/curation-fixtures'
import { createNegotiationFixture } from './support/drafts-fixtures'
import { pickJurisdiction } from './support/picker'

/** Issue 19, items 3 (exports that work outside the site) and 4 (the field's search vocabulary). */
const db = connectE2eDatabase()
test.afterAll(async () => {
  await db.$disconnect()
})

// The e2e server trusts 127.0.0.1 as a proxy (scripts/e2e-server.ts), so these headers stand for
// a reverse proxy in front of LexBridge at https://laws.example.org.
const proxied = { 'x-forwarded-host': 'laws.example.org', 'x-forwarded-proto': 'https' }

async function downloadCsvLinks(page: Page) {
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Download CSV' }).click()
  const rows = parseCsv(readFileSync((await (await downloadPromise).path())!, 'utf8').replace(/^\uFEFF/, ''))
  const link = rows[0].indexOf('link')
  return rows
    .slice(1)
    .map((r) => r[link])
    .filter(Boolean)
}

test('CSV deep links use the address the reader used, also behind a trusted proxy', async ({ page, baseURL }) => {
  const fx = await createCompareFixture(db)
  const address = `/compare?j=${fx.alpha.code}&j=${fx.beta.code}&j=${fx.gamma.code}&by=topic&topic=${fx.topics.root}`
  await page.goto(address)
  const direct = await downloadCsvLinks(page)
  expect(direct.length).toBeGreaterThan(0)
  for (const link of direct) expect(link).toMatch(new RegExp(`^${baseURL}/instruments/`))

  // The same link fetched through the proxy (Chromium's download manager does not send a page's
  // extra headers, so the request is made directly, as the proxy would forward it).
  const href = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href')
  const response = await page.request.get(href!, { headers: proxied })
  expect(response.status()).toBe(200)
  const rows = parseCsv((await response.text()).replace(/^\uFEFF/, ''))
  const behindProxy = rows
    .slice(1)
    .map((r) => r[rows[0].indexOf('link')])
    .filter(Boolean)
  expect(behindProxy.length).toBe(direct.length)
  for (const link of behindProxy) expect(link).toMatch(/^https:\/\/laws\.example\.org\/instruments\//)
})

test('draft exports link absolutely (Word with real hyperlinks), and deleting asks first, by keyboard', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000) // a whole drafting session: sign in, draft, export twice, delete twice
  const f = await createNegotiationFixture(db)
  const nora = await createAccount(db, 'viewer')
  await signIn(page, nora, '/drafts')
  const title = `Exported draft ${uniqueSuffix()}`
  await page.getByRole('link', { name: 'New draft' }).click()
  await page.getByLabel('Title').fill(title)
  await pickJurisdiction(page, f.meets.name, /^Participating jurisdictions/)
  await page.getByRole('button', { name: 'Create draft' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await page.getByLabel('Words in the citation, heading or text').fill('arranges meet')
  await page.getByLabel('Jurisdiction or organisation').selectOption({ label: f.meets.name })
  await page.getByRole('button', { name: 'Find provisions' }).click()
  await page.getByRole('button', { name: `Start a clause from ${f.meets.section.citation}` }).click()
  const clause = page.getByRole('article', { name: /^Clause 1/ })
  await expect(clause).toBeVisible()
  const draftUrl = page.url().replace(/[?#].*$/, '')

  // Markdown: absolute links, from the reader's origin or the proxy's public one.
  const markdown = await (await page.request.get(`${draftUrl}/export.md`)).text()
  expect(markdown).toContain(`](<${baseURL}/instruments/`)
  expect(markdown).not.toMatch(/\]\(<?\//)
  const proxiedMarkdown = await (await page.request.get(`${draftUrl}/export.md`, { headers: proxied })).text()
  expect(proxiedMarkdown).toContain('](<https://laws.example.org/instruments/')

  // Word: the citation is a hyperlink whose target is absolute.
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Export as Word (.docx)' }).click()
  const docx = readZipEntries(readFileSync((await (await downloadPromise).path())!))
  expect(docx.get('word/document.xml')!.toString('utf8')).toMatch(/<w:hyperlink [^>]*r:id=/)
  const rels = docx.get('word/_rels/document.xml.rels')!.toString('utf8')
  expect(rels).toContain(`Target="${baseURL}/instruments/`)
  expect(rels).toContain('TargetMode="External"')

  // Delete clause: Enter opens the question with Cancel focused; Escape keeps the clause.
  await clause.getByRole('button', { name: 'Delete clause 1' }).focus()
  await page.keyboard.press('Enter')
  const askClause = page.getByRole('dialog', { name: 'Delete clause 1?' })
  await expect(askClause).toBeVisible()
  await expect(askClause.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await expectNoSeriousA11yViolations(page)
  await page.keyboard.press('Escape')
  await expect(askClause).toBeHidden()
  await expect(clause).toBeVisible()
  // Enter on Cancel keeps it too; then Tab to the confirming button deletes.
  await clause.getByRole('button', { name: 'Delete clause 1' }).focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await expect(askClause).toBeHidden()
  await expect(clause).toBeVisible()
  await clause.getByRole('button', { name: 'Delete clause 1' }).focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await expect(askClause.getByRole('button', { name: 'Delete clause 1' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('article', { name: /^Clause 1/ })).toHaveCount(0)

  // Delete draft: nothing happens until the question is answered.
  await page.getByRole('button', { name: 'Delete draft' }).focus()
  await page.keyboard.press('Enter')
  const askDraft = page.getByRole('dialog', { name: `Delete “${title}”?` })
  await expect(askDraft).toBeVisible()
  await expect(askDraft).toContainText('You cannot bring it back yourself.')
  await page.keyboard.press('Escape')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await page.getByRole('button', { name: 'Delete draft' }).focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await expect(askDraft.getByRole('button', { name: 'Delete draft for good' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/drafts$/)
  await expect(page.getByRole('link', { name: title })).toHaveCount(0)
})

/** A small statute owned by this test: the legal wording, never the everyday words people search for. */
async function createVocabularyFixture() {
  const s = uniqueSuffix().slice(-4)
  const code = `XV-${s.slice(0, 3)}`
  const jurisdiction = await db.jurisdiction.create({ data: { code, name: `Vocabland ${s}`, kind: 'STATE' } })
  const uri = `/akn/${code.toLowerCase()}/act/2021/4`
  const act = await db.instrument.create({
    data: {
      uri,
      jurisdictionId: jurisdiction.id,
      kind: 'STATUTE',
      title: `Online Harms Act 2021 ${s}`,
      shortTitle: `OHA ${s}`,
      language: 'eng',
      versions: { create: { expressionUri: `${uri}/eng@2021-01-01`, language: 'eng' } },
    },
    include: { versions: true },
  })
  const versionId = act.versions[0].id
  const section = await db.provision.create({
    data: {
      versionId,
      eId: 'sec_2',
      num: '2',
      heading: 'Interpretation',
      text: 'In this Act:',
      citation: `OHA ${s}, s. 2`,
    },
  })
  await db.provision.create({
    data: {
      versionId,
      parentId: section.id,
      eId: 'sec_2__subsec_3',
      num: '(3)',
      text: 'An image includes a computer-generated image that appears to show a child.',
      citation: `OHA ${s}, s. 2(3)`,
    },
  })
  await db.provision.create({
    data: {
      versionId,
      eId: 'sec_5',
      num: '5',
      heading: 'Threats',
      text: 'Sexual assault is dealt with elsewhere; this section makes sexual extortion of a child an offence.',
      citation: `OHA ${s}, s. 5`,
    },
  })
  await db.provision.create({
    data: {
      versionId,
      eId: 'sec_6',
      num: '6',
      heading: 'Streaming abuse',
      text: 'It is an offence to arrange the live-streaming of the sexual abuse of a child.',
      citation: `OHA ${s}, s. 6`,
    },
  })
  return { code, s }
}

test('search knows deepfake, AI-generated, sextortion and livestreaming, and marks only what matched', async ({
  page,
}) => {
  const f = await createVocabularyFixture()
  const results = page.getByRole('list', { name: 'Search results' })

  // A provision without a heading is titled by its citation and its parent's heading.
  await page.goto(`/search?jurisdiction=${f.code}&q=deepfake`)
  const subsection = results.getByRole('listitem').filter({ hasText: 'computer-generated image' })
  await expect(subsection.getByRole('link', { name: `OHA ${f.s}, s. 2(3) — Interpretation` })).toBeVisible()
  await expect(subsection.locator('mark')).toHaveText(['computer', 'generated'])
  await expectNoSeriousA11yViolations(page)

  // "AI-generated" stays as typed (no "Showing results for generated") and finds the same law.
  await page.goto(`/search?jurisdiction=${f.code}&q=AI-generated`)
  await expect(results.getByRole('link', { name: `OHA ${f.s}, s. 2(3) — Interpretation` })).toBeVisible()
  await expect(page.getByText('Showing results for')).toHaveCount(0)

  // "sextortion" finds "sexual extortion"; "sexual" in "sexual assault" is not marked.
  await page.goto(`/search?jurisdiction=${f.code}&q=sextortion`)
  const threats = results.getByRole('listitem').filter({ hasText: 'sexual extortion' })
  await expect(threats.getByRole('link', { name: '5 — Threats' })).toBeVisible()
  await expect(threats.locator('mark')).toHaveText(['sexual', 'extortion'])

  await page.goto(`/search?jurisdiction=${f.code}&q=livestreaming`)
  await expect(results.getByRole('link', { name: '6 — Streaming abuse' })).toBeVisible()
  await expect(results.getByRole('listitem').filter({ hasText: 'live-streaming' }).locator('mark')).toHaveText([
    'live',
    'streaming',
  ])
})
