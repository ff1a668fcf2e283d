import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getGapMatrix } from '@/lib/data/gaps/get-gap-matrix'
import { saveChange } from '@/lib/data/curation/change-requests'
import { findRecordHistory, restoreRevision } from '@/lib/data/curation/history'
import { getRecordForEdit } from '@/lib/data/curation/records'
import { AppError } from '@/lib/errors/app-error'
import { createGapFixture, type GapFixture } from '@/tests/e2e/support/gaps-fixtures'
import { createTestUser } from '../support/curation-fixtures'
import { createTestDatabase, type TestDatabase } from '../support/test-database'

let t: TestDatabase
let fx: GapFixture
beforeAll(async () => {
  t = await createTestDatabase()
  fx = await createGapFixture(t.db)
})
afterAll(async () => {
  await t?.cleanup()
})

/** An assessment of Gammaland (nothing recorded in the fixture) against criterion 2, as a form sends it. */
const form = (overrides: Record<string, string> = {}) => ({
  jurisdiction: fx.gamma.code,
  criterion: `${fx.standard.slug}/2`,
  status: 'PARTIAL',
  rationale: 'Real children only; generated material is not covered.',
  verification: 'NEEDS_REVIEW',
  assessedOn: '',
  score: '',
  evidence: JSON.stringify([{ provision: `${fx.alpha.lawUri}#sec_1`, pinpoint: 's. 1(2)' }]),
  elementResults: JSON.stringify([
    { element: 'real', status: 'MET', provision: `${fx.alpha.lawUri}#sec_1`, pinpoint: 's. 1(2)(a)' },
    { element: 'virtual', status: 'NOT_MET', note: 'Generated material is not covered.' },
  ]),
  ...overrides,
})

async function fieldErrors(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AppError)
  if (!(error as AppError).fieldErrors) throw error
  return (error as AppError).fieldErrors!
}

const gammaCell2 = async () => {
  const result = (await getGapMatrix(t.db, {
    standard: fx.standard.slug,
    sort: 'name',
    show: 'all',
    asOf: '2025-06-01',
  }))!
  return result.matrix.rows.find((r) => r.jurisdiction.code === fx.gamma.code)!.cells[1]
}

describe('an assessment’s evidence and element results through the write path', () => {
  it('creates, replaces, keeps and restores them, with each version in the history', async () => {
    const admin = await createTestUser(t.db, 'admin')
    const created = await saveChange(t.db, {
      user: admin,
      change: { type: 'assessments', action: 'CREATE', payload: form() },
    })
    const id = created.entityId!
    const cell = await gammaCell2()
    expect(cell.elements.map((e) => [e.element.code, e.status, e.curated?.pinpoint ?? null])).toEqual([
      ['real', 'MET', 's. 1(2)(a)'],
      ['virtual', 'NOT_MET', null],
    ])
    expect(cell.evidence.map((e) => e.provision.citation)).toEqual([fx.alpha.s1Citation])

    // The edit form shows them as JSON, with references the form accepts back.
    const edit = await getRecordForEdit(t.db, { user: admin, type: 'assessments', id })
    expect(edit?.input).toMatchObject({
      evidence: [
        {
          provision: expect.stringMatching(new RegExp(`^${fx.alpha.lawUri}/eng@.*#sec_1$`)),
          pinpoint: 's. 1(2)',
          note: null,
        },
      ],
      elementResults: [
        { element: 'real', status: 'MET' },
        { element: 'virtual', status: 'NOT_MET', provision: null },
      ],
    })

    // A save replaces both lists.
    await saveChange(t.db, {
      user: admin,
      change: {
        type: 'assessments',
        action: 'UPDATE',
        entityId: id,
        baseVersion: 1,
        payload: form({
          status: 'MET',
          evidence: '',
          elementResults: JSON.stringify([
            { element: 'real', status: 'MET', provision: `${fx.alpha.lawUri}#sec_2` },
            { element: 'virtual', status: 'MET', provision: `${fx.alpha.lawUri}#sec_2` },
          ]),
        }),
      },
    })
    expect(await t.db.assessmentEvidence.count({ where: { assessmentId: id } })).toBe(0)
    expect((await gammaCell2()).elements.map((e) => e.status)).toEqual(['MET', 'MET'])

    // An input without the lists (a CSV import without those columns) leaves them alone.
    const {
      evidence: _e,
      elementResults: _r,
      ...withoutLists
    } = form({ rationale: 'Both kinds of material are covered since the amendment.' })
    await saveChange(t.db, {
      user: admin,
      change: { type: 'assessments', action: 'UPDATE', entityId: id, baseVersion: 2, payload: withoutLists },
    })
    expect(await t.db.assessmentElementResult.count({ where: { assessmentId: id } })).toBe(2)

    const history = await findRecordHistory(t.db, { user: admin, type: 'assessments', entityId: id })
    expect(history.map((r) => r.action)).toEqual(['UPDATE', 'UPDATE', 'CREATE'])
    expect((history[1].before as { evidence: unknown[] }).evidence).toHaveLength(1)
    expect((history[1].after as { evidence: unknown[] }).evidence).toEqual([])

    // Restoring the first version brings its evidence and element results back.
    await restoreRevision(t.db, { user: admin, revisionId: history[2].id, baseVersion: 3 })
    expect((await gammaCell2()).elements.map((e) => e.status)).toEqual(['MET', 'NOT_MET'])
    expect(await t.db.assessmentEvidence.count({ where: { assessmentId: id } })).toBe(1)
  })

  it('says which entry is wrong and writes nothing', async () => {
    const admin = await createTestUser(t.db, 'admin')
    const before = await t.db.assessment.count()
    const save = (overrides: Record<string, string>) =>
      fieldErrors(
        saveChange(t.db, {
          user: admin,
          change: {
            type: 'assessments',
            action: 'CREATE',
            payload: form({ jurisdiction: fx.beta.code, criterion: `${fx.standard.slug}/3`, ...overrides }),
          },
        }),
      )

    expect((await save({ evidence: '[{"provision": ' })).evidence[0]).toMatch(/^Enter a JSON list/)
    expect((await save({ evidence: '[{"pinpoint": "s. 1"}]' })).evidence).toEqual(['entry 1, provision: Required'])
    expect(
      (
        await save({
          elementResults: '[{"element": "age-18", "status": "MET"}, {"element": "age-18", "status": "MET"}]',
        })
      ).elementResults,
    ).toEqual(['entry 2, element: "age-18" is listed twice'])
    expect(
      (await save({ elementResults: '[{"element": "age-18", "status": "SOMETIMES"}]' })).elementResults[0],
    ).toMatch(/^entry 1, status: Choose one of/)
    // References are checked against the database: an element of another criterion, a missing provision.
    const refs = await save({
      elementResults: '[{"element": "real", "status": "MET"}]',
      evidence: JSON.stringify([{ provision: `${fx.alpha.lawUri}#sec_99` }]),
    })
    expect(refs).toEqual({
      elementResults: ['entry 1, element: The criterion has no element "real"'],
      evidence: [`entry 1, provision: No provision "${fx.alpha.lawUri}#sec_99": check the URI and the eId`],
    })
    expect(await t.db.assessment.count()).toBe(before)
  })
})
