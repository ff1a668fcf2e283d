import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getRatificationReadiness } from '@/lib/data/drafts/get-ratification-readiness'
import { planStatusImport } from '@/lib/data/treaties/plan-status-import'
import { getTreaty } from '@/lib/data/treaties/get-treaty'
import { runImportAs } from '@/lib/data/exchange/run-import'
import { statusRowsToCsvRows, statusRowsToJson } from '@/lib/domain/treaties/status-table'
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database'

/**
 * A depositary status page imported twice, older then newer, on a real database: dates
 * corrected in place, new actions added, nothing removed, each change in history, the treaty's
 * status date set, and readiness seeing the new party at once. Placeholder participants only
 * (tests/fixtures/treaty-status/README.md).
 */
const fixture = (name: string) => readFileSync(path.join(process.cwd(), 'tests/fixtures/treaty-status', name), 'utf8')
const TREATY = '/akn/xo/treaty/2001/cets-999'
const SOURCE = 'https://example.org/coe/chart/999'
const actor = { userId: null, actor: 'import:test' }

let t: TestDatabase
const ids: Record<string, string> = {}

async function importPage(name: string, commit = true, extra: { verified?: boolean } = {}) {
  const plan = await planStatusImport(t.db, { text: fixture(name), sourceUrl: SOURCE, today: '2026-12-02', ...extra })
  const report = await runImportAs(t.db, { actor, items: plan.items, problems: plan.problems, commit })
  return { plan, report }
}

const actionOf = (code: string, action: string) =>
  t.db.treatyAction.findFirst({
    where: { jurisdiction: { code }, action: action as 'RATIFICATION', treaty: { uri: TREATY } },
  })

beforeAll(async () => {
  t = await createTestDatabase()
  const org = await t.db.jurisdiction.create({
    data: { code: 'XO', name: 'Organisation of Placeholders', kind: 'REGIONAL_ORGANISATION' },
  })
  for (const [code, name] of [
    ['XA', 'Testland'],
    ['XB', 'Fakeland'],
    ['XC', 'Sampleland'],
    ['XD', 'Mockland'],
  ]) {
    ids[code] = (await t.db.jurisdiction.create({ data: { code, name, kind: 'STATE' } })).id
  }
  await t.db.membership.create({ data: { organisationId: org.id, memberId: ids.XA } })
  ids.treaty = (
    await t.db.instrument.create({
      data: { uri: TREATY, jurisdictionId: org.id, kind: 'TREATY', title: 'Test Convention on Placeholder Matters' },
    })
  ).id
})
afterAll(async () => {
  await t?.cleanup()
})

describe('importing a Council of Europe chart', () => {
  it('previews without writing anything', async () => {
    const { report } = await importPage('coe-chart-a.html', false)
    expect(report.committed).toBe(false)
    expect(report.problems).toEqual([])
    expect(report.counts.create).toBe(6)
    expect(await t.db.treatyAction.count()).toBe(0)
  })

  it('imports status A: actions, reservations and the status date, with a revision for each', async () => {
    const { report } = await importPage('coe-chart-a.html')
    expect(report.committed).toBe(true)
    expect(report.counts).toMatchObject({ create: 6, update: 1, error: 0 })
    expect(await actionOf('XA', 'RATIFICATION')).toMatchObject({
      actionDate: new Date('2004-03-12'),
      entryIntoForceOn: new Date('2004-07-01'),
      sourceUrl: SOURCE,
    })
    expect(await actionOf('XB', 'ACCESSION')).toMatchObject({ actionDate: new Date('2012-03-06') })
    expect(await t.db.reservation.findFirst({ where: { jurisdictionId: ids.XB } })).toMatchObject({
      articles: ['9(4)'],
      textKind: 'VERBATIM',
      madeOn: new Date('2012-03-06'),
    })
    expect(await t.db.instrument.findUnique({ where: { id: ids.treaty } })).toMatchObject({
      statusAsOf: new Date('2026-11-01'),
      statusSourceUrl: SOURCE,
    })
    expect(await t.db.revision.count({ where: { entityType: 'TreatyAction', action: 'CREATE' } })).toBe(4)
  })

  it('imports the newer status B: corrects a date, adds a ratification, keeps and reports what the page lacks', async () => {
    const before = await getRatificationReadiness(t.db, { jurisdictionCode: 'XC', treatyUri: TREATY })
    expect(before?.participation.status).toBe('signatory')
    // An action the chart does not list (entered by hand): kept, and named in the report.
    await t.db.treatyAction.create({
      data: { treatyId: ids.treaty, jurisdictionId: ids.XD, action: 'SIGNATURE', actionDate: new Date('2020-01-01') },
    })

    const { plan, report } = await importPage('coe-chart-b.html', true, { verified: true })
    expect(report.problems).toEqual([])
    expect(report.committed).toBe(true)
    expect(plan.notes).toEqual([expect.stringContaining('XD: recorded signature 2020-01-01 is not on this page; kept')])

    const ratification = await actionOf('XA', 'RATIFICATION')
    expect(ratification).toMatchObject({
      actionDate: new Date('2004-03-15'),
      verification: 'VERIFIED',
      lastVerifiedOn: new Date('2026-12-02'),
      version: 2,
    })
    const history = await t.db.revision.findFirst({
      where: { entityType: 'TreatyAction', entityId: ratification!.id, action: 'UPDATE' },
    })
    expect(history?.before).toMatchObject({ actionDate: '2004-03-12T00:00:00.000Z' })
    expect(history?.after).toMatchObject({ actionDate: '2004-03-15T00:00:00.000Z' })
    expect(history?.actor).toBe('import:test')

    expect(await actionOf('XC', 'RATIFICATION')).toMatchObject({
      actionDate: new Date('2026-11-04'),
      entryIntoForceOn: new Date('2027-03-01'),
    })
    expect(await t.db.treatyAction.count({ where: { jurisdictionId: ids.XD } })).toBe(1)
    expect(await t.db.treatyAction.count({ where: { jurisdictionId: ids.XA, action: 'RATIFICATION' } })).toBe(1)
    expect((await t.db.instrument.findUnique({ where: { id: ids.treaty } }))?.statusAsOf).toEqual(
      new Date('2026-11-20'),
    )

    // Readiness reads the imported status at once: Sampleland is now a party.
    const after = await getRatificationReadiness(t.db, { jurisdictionCode: 'XC', treatyUri: TREATY })
    expect(after?.participation).toMatchObject({ status: 'party', since: new Date('2026-11-04') })
  })

  it('imports nothing when any participant is unknown, naming it first', async () => {
    const count = await t.db.treatyAction.count()
    const plan = await planStatusImport(t.db, {
      text: fixture('coe-chart-b.html').replace('<td>Sampleland</td>', '<td>Atlantis</td>'),
      sourceUrl: SOURCE,
      today: '2026-12-02',
    })
    const report = await runImportAs(t.db, { actor, items: plan.items, problems: plan.problems, commit: true })
    expect(report.committed).toBe(false)
    expect(report.problems[0].message).toContain('Unknown participant "Atlantis"')
    expect(await t.db.treatyAction.count()).toBe(count)
  })

  it('shows the imported status on the treaty page data, exports and never a curator note', async () => {
    await t.db.treatyAction.updateMany({
      where: { jurisdictionId: ids.XB },
      data: { curatorNote: 'PRIVATE-CURATOR-NOTE from memory' },
    })
    await t.db.reservation.updateMany({
      where: { jurisdictionId: ids.XB },
      data: { curatorNote: 'PRIVATE-CURATOR-NOTE check' },
    })
    await t.db.treatyAction.create({
      data: {
        treatyId: ids.treaty,
        jurisdictionId: ids.XD,
        action: 'ACCESSION',
        actionDate: new Date('2019-01-01'),
        datePrecision: 'YEAR',
      },
    })
    const detail = (await getTreaty(t.db, { uri: TREATY, date: new Date('2026-12-02') }))!
    expect(detail.treaty.statusAsOf).toEqual(new Date('2026-11-20'))
    expect(detail.status.map((r) => r.participant.code).sort()).toEqual(['XA', 'XB', 'XC', 'XD'])
    expect(detail.status.find((r) => r.participant.code === 'XA')?.participant.organisations).toEqual(['XO'])
    expect(detail.organisations).toEqual([{ code: 'XO', name: 'Organisation of Placeholders' }])
    const json = JSON.stringify(statusRowsToJson(detail.status))
    const csv = JSON.stringify(statusRowsToCsvRows(detail.status))
    expect(json).toContain('"date":"2019"')
    expect(`${json}${csv}${JSON.stringify(detail)}`).not.toContain('PRIVATE-CURATOR-NOTE')
    expect(`${json}${csv}`).not.toContain('2019-01-01')
  })

  it('finds the treaty of a UN Treaty Collection page by its title and previews its changes', async () => {
    const plan = await planStatusImport(t.db, { text: fixture('un-status-b.html'), today: '2026-12-02' })
    expect(plan.treatyUri).toBe(TREATY)
    expect(plan.page).toEqual({ format: 'un-mtdsg', statusAsOf: '2026-11-15' })
    const report = await runImportAs(t.db, { actor, items: plan.items, problems: plan.problems, commit: false })
    expect(report.problems).toEqual([])
    expect(report.outcomes.find((o) => o.location === 'Mockland (XD) approval')?.result).toBe('create')
    expect(
      report.outcomes.find((o) => o.location === 'Testland (XA) ratification')?.changes?.map((c) => c.field),
    ).toContain('actionDate')
  })
})
