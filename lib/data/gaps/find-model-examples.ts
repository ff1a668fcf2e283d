import 'server-only'
import type { Db } from '@/lib/db/prisma'
import { Prisma } from '@/lib/generated/prisma/client'

export type ModelExample = {
  key: string
  code: string
  name: string
  citation: string
  instrumentUri: string
  eId: string
  pinpoint: string | null
}

const published = (alias: string) =>
  Prisma.raw(`${alias}."publicationState" = 'PUBLISHED' AND ${alias}."deletedAt" IS NULL`)

/**
 * Provisions of other jurisdictions that meet the given elements (curated "met" with a provision)
 * or, for criteria assessed as a whole, the evidence of "met" assessments. At most `limit` per
 * element or criterion, verified ones first; two queries whatever the number of gaps.
 */
export async function findModelExamples(
  db: Db,
  options: { elementIds: string[]; criterionIds: string[]; excludeJurisdictionId: string; limit?: number },
) {
  const limit = options.limit ?? 3
  const joins = Prisma.sql`
    JOIN "Jurisdiction" j ON j.id = a."jurisdictionId" AND ${published('j')}
    JOIN "Provision" p ON p.id = x."provisionId" AND ${published('p')}
    JOIN "InstrumentVersion" v ON v.id = p."versionId" AND ${published('v')}
    JOIN "Instrument" i ON i.id = v."instrumentId" AND ${published('i')}`
  const [byElement, byCriterion] = await Promise.all([
    options.elementIds.length
      ? db.$queryRaw<ModelExample[]>`
        SELECT key, code, name, citation, "instrumentUri", "eId", pinpoint FROM (
          SELECT x."elementId" AS key, j.code, j.name, p.citation, i.uri AS "instrumentUri", p."eId", x.pinpoint,
            row_number() OVER (PARTITION BY x."elementId" ORDER BY (a.verification = 'VERIFIED') DESC, j.name, p.citation) AS rn
          FROM "AssessmentElementResult" x
          JOIN "Assessment" a ON a.id = x."assessmentId" AND ${published('a')}
          ${joins}
          WHERE x."elementId" = ANY(${options.elementIds}::text[]) AND x.status = 'MET' AND a."jurisdictionId" <> ${options.excludeJurisdictionId}
        ) ranked WHERE rn <= ${limit}`
      : Promise.resolve([]),
    options.criterionIds.length
      ? db.$queryRaw<ModelExample[]>`
        SELECT key, code, name, citation, "instrumentUri", "eId", pinpoint FROM (
          SELECT a."criterionId" AS key, j.code, j.name, p.citation, i.uri AS "instrumentUri", p."eId", x.pinpoint,
            row_number() OVER (PARTITION BY a."criterionId" ORDER BY (a.verification = 'VERIFIED') DESC, j.name, p.citation) AS rn
          FROM "AssessmentEvidence" x
          JOIN "Assessment" a ON a.id = x."assessmentId" AND ${published('a')}
          ${joins}
          WHERE a."criterionId" = ANY(${options.criterionIds}::text[]) AND a.status = 'MET' AND a."jurisdictionId" <> ${options.excludeJurisdictionId}
        ) ranked WHERE rn <= ${limit}`
      : Promise.resolve([]),
  ])
  const map = new Map<string, ModelExample[]>()
  for (const row of [...byElement, ...byCriterion]) map.set(row.key, [...(map.get(row.key) ?? []), row])
  return map
}
