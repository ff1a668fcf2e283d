import type { Db } from '@/lib/db/prisma'
import { todayUtc } from '@/lib/domain/gaps/validity-at'
import { evaluateMatrix, type AsOf } from '@/lib/domain/gaps/evaluate-matrix'
import type { GapMatrixQuery } from '@/lib/schemas/gaps'
import { findMatrixJurisdictions } from './find-matrix-jurisdictions'
import { getStandardInput, readDataVersion } from './gap-input-cache'
import { isTreatyStandard } from './get-standard'

function toAsOf(asOf: GapMatrixQuery['asOf'], now = new Date()): AsOf {
  if (asOf === 'ratification') return { mode: 'consent', fallback: todayUtc(now) }
  return { mode: 'date', date: asOf ? new Date(`${asOf}T00:00:00Z`) : todayUtc(now) }
}

/**
 * The gap matrix of one standard: jurisdictions × criteria on a date, with element-level outcomes.
 * Null when the standard does not exist. `codes` narrows it to given jurisdictions (gap report).
 * With an organisation and a date, `undatedMembers` counts the rows shown whose membership has no
 * recorded joining date: they count as members on every date (find-matrix-jurisdictions.ts).
 * The standard's data comes from the version-checked cache (gap-input-cache.ts); the
 * jurisdictions shown are read each time and the evaluation runs each time.
 */
export async function getGapMatrix(db: Db, query: GapMatrixQuery & { codes?: string[] }) {
  const options = { codes: query.codes }
  const asOf = toAsOf(query.asOf)
  const filterDate = asOf.mode === 'date' ? asOf.date : asOf.fallback
  const [version, jurisdictions] = await Promise.all([
    readDataVersion(db),
    findMatrixJurisdictions(db, query, filterDate, options.codes),
  ])
  const input = await getStandardInput(
    db,
    query.standard,
    version,
    options.codes ? jurisdictions.map((j) => j.id) : null,
  )
  if (!input) return null
  const { standard, criteria, loaded } = input
  const matrix = evaluateMatrix(
    { criteria, jurisdictions, ...loaded },
    { asOf, hasTreaty: isTreatyStandard(standard), includeEmpty: query.show === 'all', sort: query.sort },
  )
  const undatedMembers =
    query.org && query.asOf && asOf.mode === 'date'
      ? await db.membership.count({
          where: {
            organisation: { code: query.org },
            joinedOn: null,
            memberId: { in: matrix.rows.map((row) => row.jurisdiction.id) },
          },
        })
      : null
  return { standard, criteria, asOf, matrix, undatedMembers }
}

export type GapMatrix = NonNullable<Awaited<ReturnType<typeof getGapMatrix>>>
