import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDraft } from '@/lib/data/drafts/create-draft'
import { getRatificationReadiness } from '@/lib/data/drafts/get-ratification-readiness'
import { getDraftWorkspace } from '@/lib/data/drafts/get-draft-workspace'
import { createClause } from '@/lib/data/drafts/save-clause'
import { findStandards } from '@/lib/data/find-standards'
import { getGapMatrix, type GapMatrix } from '@/lib/data/gaps/get-gap-matrix'
import { findCriterionResults } from '@/lib/data/gaps/find-criterion-results'
import { getJurisdictionGapReport } from '@/lib/data/gaps/get-jurisdiction-gap-report'
import { published } from '@/lib/data/published'
import { fromAssessmentStatus } from '@/lib/domain/drafts/status'
import { statusParam } from '@/lib/domain/gaps/status-labels'
import { resultKey } from '@/lib/domain/gaps/result-key'
import { toGapCsv, toGapJson } from '@/lib/domain/gaps/serialise'
import type { Status } from '@/lib/domain/gaps/gap-inputs'
import { seedDatabase } from '@/lib/seed'
import { createUser } from '@/tests/e2e/support/drafts-fixtures'
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database'

/**
 * Issue 15, "one evaluation": over the WHOLE real dataset (prisma/data seeded into a fresh
 * database), every standard × jurisdiction × criterion gets the same result from every surface —
 * the matrix (page, CSV, JSON), the shared result function, the jurisdiction gap report,
 * ratification readiness and a draft's conformity forecast — and unknown is never scored.
 */
let t: TestDatabase
let matrices: GapMatrix[]
/** jurisdiction id → criterion id → status, from the matrix */
const truth = new Map<string, Status>()

beforeAll(async () => {
  t = await createTestDatabase()
  await seedDatabase(t.db, {})
  const standards = await findStandards(t.db)
  const built = await Promise.all(
    standards.map((s) => getGapMatrix(t.db, { standard: s.slug, show: 'all', sort: 'name' })),
  )
  matrices = built.filter((m): m is GapMatrix => m !== null)
  for (const m of matrices)
    for (const row of m.matrix.rows)
      for (const cell of row.cells) truth.set(resultKey(row.jurisdiction.id, cell.criterionId), cell.status)
}, 900_000)

afterAll(async () => {
  await t?.cleanup()
})

describe('one evaluation over the seeded dataset', () => {
  it('has the seven standards and rows for every published jurisdiction, unknowns included', async () => {
    expect(matrices.length).toBeGreaterThanOrEqual(7)
    const jurisdictions = await t.db.jurisdiction.count({ where: published })
    for (const m of matrices) expect(m.matrix.rows).toHaveLength(jurisdictions)
    expect([...truth.values()].filter((s) => s === 'UNKNOWN').length).toBeGreaterThan(0)
    expect([...truth.values()].filter((s) => s !== 'UNKNOWN').length).toBeGreaterThan(0)
  })

  it('never scores unknown: totals state coverage, scores only over assessed criteria, exports say not-assessed', () => {
    for (const m of matrices) {
      const json = toGapJson(
        { standard: m.standard, criteria: m.criteria, asOf: m.asOf, matrix: m.matrix },
        { region: null, org: null, kind: null, show: 'all', sort: 'name' },
      )
      const csv = toGapCsv({ standard: m.standard, criteria: m.criteria, asOf: m.asOf, matrix: m.matrix })
        .trim()
        .split('\r\n')
        .slice(1)
      let line = 0
      m.matrix.rows.forEach((row, r) => {
        const unknown = row.cells.filter((c) => c.status === 'UNKNOWN').length
        expect(row.totals).toMatchObject({ of: m.criteria.length, assessed: m.criteria.length - unknown })
        expect(row.totals.possible).toBe(
          row.cells.filter((c) => c.status !== 'UNKNOWN' && c.status !== 'RESERVED').length,
        )
        if (row.totals.possible === 0) expect(row.totals.percent).toBeNull()
        row.cells.forEach((cell, i) => {
          const exported = json.rows[r].cells[i]
          expect(exported.status).toBe(statusParam[cell.status])
          if (cell.status === 'UNKNOWN') {
            expect(cell.points).toEqual({ earned: 0, possible: 0 })
            expect(cell.score).toBeNull()
            expect(exported).toMatchObject({ status: 'not-assessed', score: null })
          }
          const fields = csv[line++].split(',')
          expect(fields[0]).toBe(row.jurisdiction.code)
          expect(csv[line - 1]).toContain(`,${statusParam[cell.status]},${cell.source},`)
        })
      })
    }
  })

  it('the shared result function returns the matrix result for every pair', async () => {
    const criterionIds = matrices.flatMap((m) => m.criteria.map((c) => c.id))
    const jurisdictionIds = matrices[0].matrix.rows.map((r) => r.jurisdiction.id)
    const results = await findCriterionResults(t.db, { criterionIds, jurisdictionIds })
    expect(results.size).toBe(truth.size)
    for (const [key, status] of truth) expect([key, results.get(key)?.status]).toEqual([key, status])
  })

  it('every jurisdiction gap report shows the matrix result, and lists no unassessed criterion as a gap', async () => {
    const rows = matrices[0].matrix.rows.map((r) => r.jurisdiction)
    for (let i = 0; i < rows.length; i += 8) {
      const reports = await Promise.all(
        rows.slice(i, i + 8).map((j) => getJurisdictionGapReport(t.db, { code: j.code })),
      )
      for (const report of reports) {
        expect(report).not.toBeNull()
        for (const section of report!.sections) {
          for (const cell of section.row.cells) {
            expect([report!.jurisdiction.code, cell.code, cell.status]).toEqual([
              report!.jurisdiction.code,
              cell.code,
              truth.get(resultKey(report!.jurisdiction.id, cell.criterionId)),
            ])
          }
          for (const gap of section.gaps) expect(['PARTIAL', 'NOT_MET']).toContain(gap.cell.status)
          for (const n of section.notAssessed) expect(n.cell.status).toBe('UNKNOWN')
        }
      }
    }
  }, 900_000)

  it('readiness judges every obligation of every treaty as the matrix does, and counts the same in summary and list', async () => {
    const treaties = [...new Set(matrices.flatMap((m) => (m.standard.instrument ? [m.standard.instrument.uri] : [])))]
    // Every jurisdiction with a result under the treaty's standards, and a sample of those with none
    // (whose obligations must all read "not assessed yet"): 330 × 5 full reports take minutes.
    const rowsFor = (uri: string) => {
      const ofTreaty = matrices.filter((m) => m.standard.instrument?.uri === uri)
      const known = new Set(
        ofTreaty.flatMap((m) => m.matrix.rows.filter((r) => r.totals.assessed > 0).map((r) => r.jurisdiction.id)),
      )
      const rows = ofTreaty[0].matrix.rows.map((r) => ({ j: r.jurisdiction, known: known.has(r.jurisdiction.id) }))
      return [...rows.filter((r) => r.known), ...rows.filter((r) => !r.known).slice(0, 12)].map((r) => r.j)
    }
    const verdictOf: Record<Status, string> = {
      MET: 'READY',
      RESERVED: 'READY_WITH_RESERVATIONS',
      UNKNOWN: 'NOT_ASSESSED',
      PARTIAL: '',
      NOT_MET: '',
    }
    for (const uri of treaties) {
      const rows = rowsFor(uri)
      expect(rows.length).toBeGreaterThan(0)
      for (let i = 0; i < rows.length; i += 8) {
        const all = await Promise.all(
          rows.slice(i, i + 8).map((j) => getRatificationReadiness(t.db, { jurisdictionCode: j.code, treatyUri: uri })),
        )
        for (const r of all) {
          expect(r).not.toBeNull()
          for (const o of r!.readiness.obligations) {
            const status = truth.get(resultKey(r!.jurisdiction.id, o.obligation.id))!
            const expected = status === 'UNKNOWN' ? 'UNKNOWN' : fromAssessmentStatus(status)
            expect([r!.jurisdiction.code, o.obligation.code, o.status]).toEqual([
              r!.jurisdiction.code,
              o.obligation.code,
              expected,
            ])
            if (verdictOf[status]) expect(o.readiness).toBe(verdictOf[status])
            else expect(['READY_WITH_RESERVATIONS', 'CHANGES_NEEDED']).toContain(o.readiness)
          }
          const counted = { READY: 0, READY_WITH_RESERVATIONS: 0, CHANGES_NEEDED: 0, NOT_ASSESSED: 0 }
          for (const o of r!.readiness.obligations) counted[o.readiness]++
          expect(r!.readiness.totals).toEqual(counted)
        }
      }
    }
  }, 900_000)

  it("a draft's forecast, one clause per criterion and every state as participant, agrees with the matrix", async () => {
    const user = await createUser(t.db)
    const states = matrices[0].matrix.rows
      .map((r) => r.jurisdiction)
      .filter((j) => j.kind === 'STATE' || j.kind === 'SUBNATIONAL')
    const draft = await createDraft(t.db, {
      user,
      title: 'Every criterion',
      purpose: null,
      jurisdictionCodes: states.map((j) => j.code),
    })
    let version = draft.version
    const criteria = matrices.flatMap((m) => m.criteria)
    for (const c of criteria) {
      await createClause(t.db, {
        draftId: draft.id,
        user,
        expectedVersion: version++,
        heading: c.code,
        text: c.title,
        criterionIds: [c.id],
        conceptIds: [],
      })
    }
    const w = await getDraftWorkspace(t.db, { draftId: draft.id, user })
    expect(w.forecast.clauses).toHaveLength(criteria.length)
    w.forecast.clauses.forEach((clause, i) => {
      clause.cells.forEach((cell, j) => {
        const status = truth.get(resultKey(w.jurisdictions[j].id, criteria[i].id))!
        const expected = status === 'UNKNOWN' ? 'UNKNOWN' : fromAssessmentStatus(status)
        expect([w.jurisdictions[j].code, criteria[i].code, cell.status]).toEqual([
          w.jurisdictions[j].code,
          criteria[i].code,
          expected,
        ])
      })
    })
  }, 900_000)
})
