import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { dataStandardSchema } from '@/lib/schemas/dataset'
import { expectNoSeriousA11yViolations } from './support/axe'
import { connectE2eDatabase } from './support/database'
import { letterSuffix } from './support/gaps-fixtures'

const db = connectE2eDatabase()
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
test.afterAll(async () => {
  await db.$disconnect()
})

/**
 * The platform-duties baseline exactly as prisma/data holds it (issue 20), loaded under a unique slug
 * because the e2e database is not seeded: one state with a curated, element-level result and one with
 * nothing recorded.
 */
async function createPlatformDutiesWorld() {
  const data = dataStandardSchema.parse(JSON.parse(readFileSync('prisma/data/standards/platform-duties.json', 'utf8')))
  const s = letterSuffix()
  const standard = await db.baselineStandard.create({
    data: {
      slug: `${data.slug}-${s.toLowerCase()}`,
      name: `${data.name} (${s})`,
      issuer: data.issuer,
      description: data.description,
      verification: 'NEEDS_REVIEW',
    },
  })
  const criteria = new Map<string, { id: string; elements: Map<string, string> }>()
  for (const [sortOrder, criterion] of data.criteria.entries()) {
    const row = await db.criterion.create({
      data: {
        standardId: standard.id,
        code: criterion.code,
        title: criterion.title,
        text: criterion.text,
        articleRef: criterion.articleRef,
        sortOrder,
      },
    })
    const elements = new Map<string, string>()
    for (const [order, element] of criterion.elements.entries()) {
      const el = await db.criterionElement.create({
        data: {
          criterionId: row.id,
          code: element.code,
          text: element.text,
          articleRef: element.articleRef,
          sortOrder: order,
        },
      })
      elements.set(element.code, el.id)
    }
    criteria.set(criterion.code, { id: row.id, elements })
  }

  const reporting = await db.jurisdiction.create({
    data: {
      code: `XR-${s.slice(0, 3)}`,
      name: `Reportland ${s}`,
      kind: 'STATE',
      regionCode: '150',
      regionName: 'Europe',
    },
  })
  const silent = await db.jurisdiction.create({
    data: {
      code: `XS-${s.slice(0, 3)}`,
      name: `Silentland ${s}`,
      kind: 'STATE',
      regionCode: '150',
      regionName: 'Europe',
    },
  })
  const uri = `/akn/${reporting.code.toLowerCase()}/act/2020/1`
  const act = await db.instrument.create({
    data: {
      uri,
      jurisdictionId: reporting.id,
      kind: 'STATUTE',
      title: `Online Services Act 2020 (${s})`,
      versions: {
        create: { expressionUri: `${uri}/eng@2020-01-01`, language: 'eng', validFrom: new Date('2020-01-01') },
      },
    },
    include: { versions: true },
  })
  const sec4 = await db.provision.create({
    data: {
      versionId: act.versions[0].id,
      eId: 'sec_4',
      num: '4',
      heading: 'Duty to report',
      text: 'Providers must report child sexual abuse material to the national centre.',
      sortOrder: 1,
      citation: `Online Services Act 2020 (${s}), s. 4`,
    },
  })
  const csam = criteria.get('csam-reporting')!
  await db.assessment.create({
    data: {
      jurisdictionId: reporting.id,
      criterionId: csam.id,
      status: 'PARTIAL',
      rationale: 'Providers must report to the national centre; no sanction for failing to report is recorded.',
      verification: 'NEEDS_REVIEW',
      evidence: { create: { provisionId: sec4.id } },
      elementResults: {
        create: [
          { elementId: csam.elements.get('duty')!, status: 'MET', provisionId: sec4.id },
          { elementId: csam.elements.get('designated-body')!, status: 'MET', provisionId: sec4.id },
          { elementId: csam.elements.get('sanction')!, status: 'UNKNOWN', note: 'Not in the provisions held.' },
        ],
      },
    },
  })
  return { data, standard, reporting, silent }
}

test('a negotiator opens the platform-duties baseline in /gaps and reads a cell element by element', async ({
  page,
}) => {
  const fx = await createPlatformDutiesWorld()

  await page.goto(`/gaps?standard=${fx.standard.slug}&region=150`)
  const table = page.getByRole('table', { name: new RegExp(escape(fx.standard.name)) })
  await expect(table).toBeVisible()
  // Every criterion of the data file is a column.
  for (const criterion of fx.data.criteria) {
    await expect(table.getByRole('columnheader', { name: new RegExp(escape(criterion.title)) })).toBeVisible()
  }
  // Nothing recorded is "not assessed yet", never a score.
  const silentRow = page.getByRole('row', { name: new RegExp(fx.silent.name) })
  await expect(silentRow.getByText('Not assessed yet').first()).toBeVisible()
  for (const criterion of fx.data.criteria) {
    await expect(
      page.getByRole('link', { name: `${fx.silent.name}, criterion ${criterion.code}: Not assessed yet` }),
    ).toBeVisible()
  }
  await expectNoSeriousA11yViolations(page)

  await page.getByRole('link', { name: `${fx.reporting.name}, criterion csam-reporting: Partly met` }).click()
  const evidence = page.getByRole('region', { name: new RegExp(`${fx.reporting.name} — criterion csam-reporting`) })
  await expect(evidence).toBeVisible()
  await expect(evidence.getByText(/no sanction for failing to report is recorded/)).toBeVisible()
  const duty = evidence.getByRole('listitem').filter({ hasText: 'Providers must report child sexual abuse material' })
  await expect(duty.first()).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})
