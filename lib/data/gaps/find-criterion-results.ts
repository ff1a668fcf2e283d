import type { Db } from '@/lib/db/prisma'
import { todayUtc } from '@/lib/domain/gaps/validity-at'
import type { CellOutcome } from '@/lib/domain/gaps/evaluate-cell'
import { evaluateMatrix } from '@/lib/domain/gaps/evaluate-matrix'
import { resultKey } from '@/lib/domain/gaps/result-key'
import { published } from '../published'
import { getStandardInput, readDataVersion } from './gap-input-cache'
import { isTreatyStandard } from './get-standard'

export type CriterionResult = CellOutcome & { jurisdictionId: string; standardSlug: string }

/**
 * THE (jurisdiction, criterion, date) results every surface shows: the gap matrix, the jurisdiction
 * gap report, ratification readiness and the drafts' conformity forecast (decision 0305). It runs
 * the matrix's own evaluation (`evaluateMatrix`, every jurisdiction asked for, unknowns included)
 * over the matrix's cached input (decision 0304), so no surface can judge a cell differently.
 * Keys are `resultKey(jurisdictionId, criterionId)`; every pair asked for gets a result (UNKNOWN
 * with source "none" when nothing is recorded or derived). Unpublished criteria are left out.
 */
export async function findCriterionResults(
  db: Db,
  options: { criterionIds: string[]; jurisdictionIds: string[]; date?: Date },
): Promise<Map<string, CriterionResult>> {
  const results = new Map<string, CriterionResult>()
  if (!options.criterionIds.length || !options.jurisdictionIds.length) return results
  const date = options.date ?? todayUtc()
  const [version, criteria, jurisdictions] = await Promise.all([
    readDataVersion(db),
    db.criterion.findMany({
      where: { ...published, id: { in: options.criterionIds }, standard: published },
      select: { id: true, standard: { select: { slug: true } } },
    }),
    db.jurisdiction.findMany({
      where: { id: { in: options.jurisdictionIds } },
      select: { id: true, code: true, name: true, kind: true, regionName: true },
    }),
  ])
  const wanted = new Set(criteria.map((c) => c.id))
  const slugs = [...new Set(criteria.map((c) => c.standard.slug))]
  const inputs = await Promise.all(slugs.map((slug) => getStandardInput(db, slug, version, null)))
  inputs.forEach((input, i) => {
    if (!input) return
    const matrix = evaluateMatrix(
      { criteria: input.criteria, jurisdictions, ...input.loaded },
      { asOf: { mode: 'date', date }, hasTreaty: isTreatyStandard(input.standard), includeEmpty: true, sort: 'name' },
    )
    for (const row of matrix.rows) {
      for (const cell of row.cells) {
        if (wanted.has(cell.criterionId))
          results.set(resultKey(row.jurisdiction.id, cell.criterionId), {
            ...cell,
            jurisdictionId: row.jurisdiction.id,
            standardSlug: slugs[i],
          })
      }
    }
  })
  return results
}
