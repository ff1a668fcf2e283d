import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../support/test-database'
import { createTestUser } from '../support/curation-fixtures'
import { parseCsvImport, suggestMapping } from '@/lib/import/csv-import'
import { parseAkomaNtoso } from '@/lib/import/akoma-ntoso'
import { parseRecordsJson } from '@/lib/import/json-import'
import { runImport } from '@/lib/data/exchange/run-import'
import { exportRecordsCsv, exportRecordsJson } from '@/lib/data/exchange/records-export'
import { saveChange } from '@/lib/data/curation/change-requests'
import { AppError } from '@/lib/errors/app-error'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(async () => {
  await t.cleanup()
})

const header = 'Code,Name,Kind,Notes\n'

describe('CSV import', () => {
  it('refuses the whole file when one row is bad, then imports the fixed file', async () => {
    const reviewer = await createTestUser(t.db, 'reviewer')
    const columns = ['Code', 'Name', 'Kind', 'Notes']
    const mapping = suggestMapping('jurisdictions', columns)
    expect(mapping).toEqual({ Code: 'code', Name: 'name', Kind: 'kind', Notes: 'notes' })

    const bad = `${header}QK,Kaland,state,\nQL,Laland,planet,"has, a comma"\n`
    const preview = await runImport(t.db, {
      user: reviewer,
      ...parseCsvImport(bad, 'jurisdictions', mapping),
      source: 'bad.csv',
      commit: false,
    })
    expect(preview.counts).toEqual({ create: 1, update: 0, unchanged: 0, error: 1 })
    expect(preview.problems).toEqual([
      { location: 'row 3', field: 'kind', message: expect.stringContaining('Choose one of') },
    ])
    const refused = await runImport(t.db, {
      user: reviewer,
      ...parseCsvImport(bad, 'jurisdictions', mapping),
      source: 'bad.csv',
      commit: true,
    })
    expect(refused.committed).toBe(false)
    expect(await t.db.jurisdiction.count({ where: { code: { in: ['QK', 'QL'] } } })).toBe(0)

    const fixed = bad.replace('planet', 'state')
    const done = await runImport(t.db, {
      user: reviewer,
      ...parseCsvImport(fixed, 'jurisdictions', mapping),
      source: 'fixed.csv',
      commit: true,
    })
    expect(done).toMatchObject({ committed: true, counts: { create: 2, error: 0 } })
    expect((await t.db.jurisdiction.findFirstOrThrow({ where: { code: 'QL' } })).notes).toBe('has, a comma')
    expect(await t.db.revision.count({ where: { actor: 'import:fixed.csv' } })).toBe(2)

    const again = await runImport(t.db, {
      user: reviewer,
      ...parseCsvImport(fixed.replace('Kaland', 'Kaland Republic'), 'jurisdictions', mapping),
      source: 'again.csv',
      commit: true,
    })
    expect(again.counts).toEqual({ create: 0, update: 1, unchanged: 1, error: 0 })
    expect(again.outcomes[0].changes).toEqual([{ field: 'name', before: 'Kaland', after: 'Kaland Republic' }])
  })

  it('lets editors preview but not commit', async () => {
    const editor = await createTestUser(t.db, 'editor')
    const parsed = parseCsvImport(
      `${header}QM,Maland,state,\n`,
      'jurisdictions',
      suggestMapping('jurisdictions', ['Code', 'Name', 'Kind', 'Notes']),
    )
    expect((await runImport(t.db, { user: editor, ...parsed, source: 'x.csv', commit: false })).counts.create).toBe(1)
    const error = await runImport(t.db, { user: editor, ...parsed, source: 'x.csv', commit: true }).then(
      () => null,
      (e: unknown) => e,
    )
    expect((error as AppError).code).toBe('FORBIDDEN')
  })

  it('round-trips its own CSV export, with formula-like text neutralised in the file', async () => {
    const admin = await createTestUser(t.db, 'admin')
    await saveChange(t.db, {
      user: admin,
      change: {
        type: 'jurisdictions',
        action: 'CREATE',
        payload: {
          code: 'QO',
          name: 'Oland',
          officialName: '@Oland',
          kind: 'state',
          notes: '=HYPERLINK("x")\nline "two", three',
        },
      },
    })
    const csv = await exportRecordsCsv(t.db, { user: admin, type: 'jurisdictions' })
    // a spreadsheet must not run the exported text as a formula (the importer takes the guard off)
    expect(csv).toContain(`"'=HYPERLINK(""x"")`)
    expect(csv).toContain(",'@Oland,")
    const columns = csv.split('\r\n')[0].split(',')
    const report = await runImport(t.db, {
      user: admin,
      ...parseCsvImport(csv, 'jurisdictions', suggestMapping('jurisdictions', columns)),
      source: 'export.csv',
      commit: true,
    })
    expect(report.counts.error).toBe(0)
    expect(report.counts.unchanged).toBe(await t.db.jurisdiction.count({ where: { deletedAt: null } }))
    expect(report.counts.create + report.counts.update).toBe(0)
  })
})

describe('Akoma Ntoso import', () => {
  it('creates the instrument, its version and its provision tree', async () => {
    const admin = await createTestUser(t.db, 'admin')
    await saveChange(t.db, {
      user: admin,
      change: { type: 'jurisdictions', action: 'CREATE', payload: { code: 'QN', name: 'Naland', kind: 'state' } },
    })
    const xml = `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="act"><meta><identification source="#x">
      <FRBRWork><FRBRuri value="/akn/qn/act/2022/9"/><FRBRcountry value="qn"/><FRBRname value="Online Harms Act 2022"/></FRBRWork>
      <FRBRExpression><FRBRuri value="/akn/qn/act/2022/9/eng@2022-03-01"/><FRBRdate date="2022-03-01" name="x"/><FRBRlanguage language="eng"/></FRBRExpression>
      </identification></meta><body><chapter eId="chp_1"><num>Chapter 1</num><heading>Duties</heading>
      <section eId="chp_1__sec_1"><num>1</num><heading>Duty of care</heading><content><p>Providers must protect children.</p></content></section></chapter></body></act></akomaNtoso>`
    const report = await runImport(t.db, { user: admin, ...parseAkomaNtoso(xml), source: 'act.xml', commit: true })
    expect(report).toMatchObject({ committed: true, counts: { create: 4, error: 0 } })
    const section = await t.db.provision.findFirstOrThrow({
      where: { eId: 'chp_1__sec_1' },
      include: { parent: true, instrumentVersion: { include: { instrument: true } } },
    })
    expect(section).toMatchObject({
      text: 'Providers must protect children.',
      textKind: 'VERBATIM',
      citation: 'Online Harms Act 2022, s. 1',
      parent: { eId: 'chp_1' },
    })
    expect(section.instrumentVersion.instrument.title).toBe('Online Harms Act 2022')

    const changed = await runImport(t.db, {
      user: admin,
      ...parseAkomaNtoso(xml.replace('must protect', 'shall protect')),
      source: 'act.xml',
      commit: true,
    })
    expect(changed.counts).toEqual({ create: 0, update: 1, unchanged: 3, error: 0 })
  })

  it('reports an unknown jurisdiction against the work metadata', async () => {
    const admin = await createTestUser(t.db, 'admin')
    const xml = `<akomaNtoso><act><meta><identification><FRBRWork><FRBRuri value="/akn/zz/act/2022/1"/><FRBRcountry value="zz"/><FRBRname value="Nowhere Act"/></FRBRWork>
      <FRBRExpression><FRBRuri value="/akn/zz/act/2022/1/eng@2022-01-01"/><FRBRlanguage language="eng"/></FRBRExpression></identification></meta><body/></act></akomaNtoso>`
    const report = await runImport(t.db, { user: admin, ...parseAkomaNtoso(xml), source: 'zz.xml', commit: false })
    expect(report.problems[0]).toEqual({
      location: 'FRBRWork',
      field: 'jurisdiction',
      message: 'No jurisdiction with code "ZZ"',
    })
  })
})

it('round-trips the records JSON export', async () => {
  const admin = await createTestUser(t.db, 'admin')
  const file = JSON.parse(JSON.stringify(await exportRecordsJson(t.db, { user: admin })))
  const report = await runImport(t.db, { user: admin, ...parseRecordsJson(file), source: 'records.json', commit: true })
  expect(report.counts).toMatchObject({ create: 0, update: 0, error: 0 })
  expect(report.counts.unchanged).toBeGreaterThan(5)
  expect(parseRecordsJson({ format: 'other' }).problems.length).toBeGreaterThan(0)
})
