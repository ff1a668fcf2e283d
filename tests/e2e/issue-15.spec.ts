import { expect, test } from '@playwright/test'
import type { Db } from '@/lib/db/prisma'
import { connectE2eDatabase } from './support/database'
import { createAccount, signIn } from './support/curation-fixtures'
import { createNegotiationFixture, type NegotiationFixture } from './support/drafts-fixtures'
import { pickJurisdiction } from './support/picker'

/**
 * Issue 15: the three contradictions a new user met on the negotiator's path. Each test would have
 * failed before: drafts vs the matrix, hidden unknowns and "0%" scores, readiness counts.
 */
const db = connectE2eDatabase()
test.afterAll(async () => {
  await db.$disconnect()
})

/** A second criterion of the fixture's standard, drawn from the same treaty article and assessed for nobody. */
async function addUnassessedCriterion(f: NegotiationFixture) {
  const standard = await db.baselineStandard.findUniqueOrThrow({
    where: { slug: f.standard.slug },
    select: { id: true },
  })
  const c = await db.criterion.create({
    data: {
      standardId: standard.id,
      code: '23-bis',
      title: 'Aiding solicitation',
      text: 'Criminalise aiding solicitation.',
      sortOrder: 2,
      sourceProvisionId: f.treaty.art23.id,
    },
  })
  return { id: c.id, label: `${f.standard.slug}: 23-bis` }
}

/** Organisation codes are letters only (EU, COE): n random capitals. */
const letters = (n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join('')

/** A state with nothing assessed under the fixture's standard. */
async function addEmptyState(database: Db, f: NegotiationFixture) {
  const code = `XE-${f.suffix}`
  await database.jurisdiction.create({
    data: { code, name: `Emptyland ${f.suffix}`, kind: 'STATE', regionCode: '150', regionName: 'Europe' },
  })
  return { code, name: `Emptyland ${f.suffix}` }
}

test('a clause started from a treaty article links only what the user ticks, and its forecast agrees with the matrix', async ({
  page,
}) => {
  const f = await createNegotiationFixture(db)
  await addUnassessedCriterion(f)
  const nora = await createAccount(db, 'viewer')
  await signIn(page, nora, '/drafts/new')
  await page.getByLabel('Title').fill('Grooming clause from the treaty')
  await pickJurisdiction(page, f.meets.name, /^Participating jurisdictions/)
  await page.getByRole('button', { name: 'Create draft' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Grooming clause from the treaty' })).toBeVisible()

  await page.getByLabel('Words in the citation, heading or text').fill('intentional proposal')
  await page.getByLabel('Jurisdiction or organisation').selectOption({ label: `Treaty Council ${f.suffix}` })
  await page.getByRole('button', { name: 'Find provisions' }).click()
  const choices = page.getByRole('group', { name: `Criteria to link the new clause to (${f.treaty.art23.citation})` })
  // Both criteria the article names are offered, none ticked; the unassessed one says so.
  await expect(choices.getByRole('checkbox')).toHaveCount(2)
  await expect(
    choices.getByRole('checkbox', { name: /Aiding solicitation — not assessed for any jurisdiction yet/ }),
  ).not.toBeChecked()
  await choices
    .getByRole('checkbox', {
      name: new RegExp(`Solicitation of children for sexual purposes — assessed for 3 jurisdictions`),
    })
    .check()
  await page.getByRole('button', { name: `Start a clause from ${f.treaty.art23.citation}` }).click()

  const clause = page.getByRole('article', { name: /^Clause 1/ })
  await expect(clause.getByText(f.criterion.label).first()).toBeVisible()
  // The links are shown and editable in the clause's editor: only the ticked criterion is linked.
  await expect(clause.getByRole('checkbox', { name: f.criterion.label, exact: true })).toBeChecked()
  await expect(clause.getByRole('checkbox', { name: /Aiding solicitation/ })).not.toBeChecked()
  const forecast = page.getByRole('table', { name: /Conformity forecast/ })
  await expect(forecast.getByRole('row', { name: new RegExp(`${f.meets.name}.*Meets`) })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Conformity forecast' })).toContainText(
    'No participating jurisdiction would need to change its law',
  )

  // The matrix says the same for the same jurisdiction and criterion.
  await page.goto(`/gaps?standard=${f.standard.slug}`)
  await expect(page.getByRole('link', { name: `${f.meets.name}, criterion 23: Met` })).toBeVisible()
})

test('the matrix shows every jurisdiction in scope, unknowns counted and never scored, in the page and the CSV', async ({
  page,
}) => {
  const f = await createNegotiationFixture(db)
  await addUnassessedCriterion(f)
  const empty = await addEmptyState(db, f)
  // Scope the matrix to an organisation of its own: other tests' jurisdictions share the database.
  const orgCode = `XQ${letters(5)}`
  const org = await db.jurisdiction.create({
    data: { code: orgCode, name: `Scope Council ${orgCode}`, kind: 'REGIONAL_ORGANISATION' },
  })
  const members = await db.jurisdiction.findMany({
    where: { code: { in: [f.meets.code, f.partly.code, f.lacks.code, empty.code] } },
    select: { id: true },
  })
  await db.membership.createMany({ data: members.map((m) => ({ organisationId: org.id, memberId: m.id })) })
  await page.goto(`/gaps?standard=${f.standard.slug}&org=${orgCode}`)

  // By default, a jurisdiction with nothing assessed is a row, not hidden.
  const emptyRow = page.getByRole('row', { name: new RegExp(empty.name) })
  await expect(emptyRow).toBeVisible()
  await expect(emptyRow.getByText('Not assessed yet').first()).toBeVisible()
  await expect(emptyRow.getByText('assessed 0 of 2')).toBeVisible()
  await expect(emptyRow.getByText(/\b0%|0 of 1 points/)).toHaveCount(0)
  await expect(page.getByRole('link', { name: `${empty.name}, criterion 23-bis: Not assessed yet` })).toBeVisible()

  // A scored row says its score is over the assessed criteria only, and how many those are.
  const meetsRow = page.getByRole('row', { name: new RegExp(f.meets.name) })
  await expect(meetsRow.getByText('100% of assessed')).toBeVisible()
  await expect(meetsRow.getByText('assessed 1 of 2')).toBeVisible()
  await expect(page.getByRole('status')).toContainText('4 jurisdictions shown')
  await expect(page.getByRole('status')).toContainText('1 not assessed yet on any criterion; assessed 3 of 8 cells')

  const csv = await page.request.get(`/api/v1/gaps?standard=${f.standard.slug}&org=${orgCode}&format=csv`)
  const lines = (await csv.text()).split('\r\n')
  expect(lines.find((l) => l.startsWith(`${empty.code},`) && l.includes(',23,'))).toContain(',not-assessed,none,,')
  const json = await (await page.request.get(`/api/v1/gaps?standard=${f.standard.slug}&org=${orgCode}`)).json()
  const row = json.data.rows.find((r: { jurisdiction: { code: string } }) => r.jurisdiction.code === empty.code)
  expect(row.totals).toMatchObject({ assessed: 0, of: 2, percent: null })
  expect(row.cells[0]).toMatchObject({ status: 'not-assessed', score: null })
})

test('readiness counts obligations the same way in its summary and its list, and explains derived results in words', async ({
  page,
}) => {
  const s = `${Date.now()}`.slice(-5)
  const org = await db.jurisdiction.create({
    data: { code: `XR${s}`, name: `Readiness Council ${s}`, kind: 'REGIONAL_ORGANISATION' },
  })
  const uri = `/akn/xr${s}/treaty/2021/1`
  const treaty = await db.instrument.create({
    data: {
      uri,
      jurisdictionId: org.id,
      kind: 'TREATY',
      title: `Readiness Convention ${s}`,
      shortTitle: `Readiness Convention ${s}`,
    },
  })
  const standard = await db.baselineStandard.create({
    data: {
      slug: `rc-${s}`,
      name: `Readiness Convention ${s} art. 5`,
      issuer: 'Readiness Council',
      instrumentId: treaty.id,
    },
  })
  const five = await db.criterion.create({
    data: {
      standardId: standard.id,
      code: '5',
      title: 'Five-part offence',
      text: 'Criminalise five conducts.',
      sortOrder: 1,
      elements: { create: [1, 2, 3, 4, 5].map((n) => ({ code: `e${n}`, text: `Conduct number ${n}`, sortOrder: n })) },
    },
    include: { elements: true },
  })
  await db.criterion.create({
    data: {
      standardId: standard.id,
      code: '6',
      title: 'Virtual material',
      text: 'Cover virtual material.',
      sortOrder: 2,
      elements: {
        create: [
          { code: 'virtual', text: 'Simulated or generated material is covered', derivationRule: 'csam-virtual' },
        ],
      },
    },
  })
  const state = await db.jurisdiction.create({
    data: { code: `XT-${s.slice(-3)}`, name: `Turnland ${s}`, kind: 'STATE' },
  })
  await db.assessment.create({
    data: {
      jurisdictionId: state.id,
      criterionId: five.id,
      status: 'NOT_MET',
      rationale: 'None of the five conducts is an offence.',
      elementResults: { create: five.elements.map((e) => ({ elementId: e.id, status: 'NOT_MET' as const })) },
    },
  })
  const concept = await db.concept.upsert({
    where: { slug: 'csam' },
    create: { slug: 'csam', name: 'Child sexual abuse material' },
    update: {},
  })
  await db.definition.create({
    data: {
      conceptId: concept.id,
      jurisdictionId: state.id,
      term: 'child abuse image',
      text: 'Any image, including a generated one, of a person under 18.',
      citation: `Turnland Code ${s}, s. 2`,
      features: { ageLimit: 18, virtualOrGenerated: true },
    },
  })

  await page.goto(`/readiness?j=${state.code}&treaty=${encodeURIComponent(uri)}`)
  const summary = page.getByRole('region', { name: new RegExp(`Turnland ${s} and the Readiness Convention`) })
  await expect(summary.getByRole('definition').nth(2)).toHaveText('1')
  await expect(summary).toContainText(
    'Of 2 obligations: 1 is already satisfied; 0 are satisfied with reservations (0 gaps a reservation the treaty allows covers); 1 needs a change in the law (5 gaps in it); 0 are not assessed yet.',
  )
  await expect(page.getByRole('article').filter({ hasText: 'Changes needed' })).toHaveCount(1)
  const changes = page.getByRole('article', { name: /Five-part offence/ })
  await expect(changes.getByRole('heading', { name: 'Gaps (5)' })).toBeVisible()

  // The derived result is explained in words, with no internal rule name.
  const derived = page.getByRole('article', { name: /Virtual material/ })
  await expect(derived.getByText('Already satisfied')).toBeVisible()
  await expect(derived).toContainText('worked out from recorded law')
  await expect(derived).toContainText('A recorded CSAM definition covers virtual or generated material.')
  await expect(page.getByText(/csam-virtual|Derivation '/)).toHaveCount(0)
})
