import type { Db } from '@/lib/db/prisma'
import { Prisma } from '@/lib/generated/prisma/client'
import type { DerivationFacts, Status } from '@/lib/domain/gaps/gap-inputs'
import {
  jurisdictionFilter,
  provisionColumns,
  publishedProvisionJoin,
  toDate,
  type ProvisionColumns,
} from './provision-sql'

/** The ICMEC criterion that csam-possession carries over (docs/gaps.md, "Derived results"). */
const POSSESSION_SOURCE = { standardSlug: 'icmec-model-legislation-9', criterionCode: '4' } as const

type DefinitionRow = ProvisionColumns & { jurisdictionId: string; features: unknown; defCitation: string }
type PossessionRow = ProvisionColumns & { jurisdictionId: string; status: Status }

/** The recorded facts derivation rules read, per jurisdiction id, in three queries. */
export async function loadDerivationFacts(
  db: Db,
  jurisdictionIds: string[] | null,
): Promise<Map<string, DerivationFacts>> {
  const [definitions, benchmarks, possession] = await Promise.all([
    db.$queryRaw<DefinitionRow[]>`
      SELECT d."jurisdictionId", d.features, d.citation AS "defCitation", ${provisionColumns('p')}
      FROM "Definition" d
      JOIN "Concept" k ON k.id = d."conceptId" AND k.slug = 'csam'
      ${publishedProvisionJoin('p', Prisma.sql`p.id = d."provisionId"`)}
      WHERE d."publicationState" = 'PUBLISHED' AND d."deletedAt" IS NULL ${jurisdictionFilter('d."jurisdictionId"', jurisdictionIds)}`,
    db.$queryRaw<
      { jurisdictionId: string; age: number; citation: string; validFrom: Date | null; validTo: Date | null }[]
    >`
      SELECT b."jurisdictionId", b.age, b.citation, b."validFrom", b."validTo"
      FROM "AgeBenchmark" b
      JOIN "AgeBenchmarkKind" k ON k.id = b."kindId" AND k.code = 'csam-age-limit'
      WHERE b.age IS NOT NULL AND b."publicationState" = 'PUBLISHED' AND b."deletedAt" IS NULL ${jurisdictionFilter('b."jurisdictionId"', jurisdictionIds)}`,
    db.$queryRaw<PossessionRow[]>`
      SELECT a."jurisdictionId", a.status::text AS status, ${provisionColumns('p')}
      FROM "Assessment" a
      JOIN "Criterion" c ON c.id = a."criterionId" AND c.code = ${POSSESSION_SOURCE.criterionCode} AND c."publicationState" = 'PUBLISHED' AND c."deletedAt" IS NULL
      JOIN "BaselineStandard" s ON s.id = c."standardId" AND s.slug = ${POSSESSION_SOURCE.standardSlug}
      LEFT JOIN "AssessmentEvidence" e ON e."assessmentId" = a.id
      ${publishedProvisionJoin('p', Prisma.sql`p.id = e."provisionId"`)}
      WHERE a."publicationState" = 'PUBLISHED' AND a."deletedAt" IS NULL ${jurisdictionFilter('a."jurisdictionId"', jurisdictionIds)}`,
  ])

  const facts = new Map<string, DerivationFacts>()
  const get = (id: string) => {
    let f = facts.get(id)
    if (!f) facts.set(id, (f = { csamAgeLimits: [], csamVirtual: [], possession: null }))
    return f
  }
  for (const row of definitions) {
    const features = (row.features ?? {}) as { ageLimit?: unknown; virtualOrGenerated?: unknown }
    // A definition resting on a provision has that provision's dates; one without applies always.
    const validity = { from: toDate(row.validFrom), to: toDate(row.validTo) }
    const citation = row.citation ?? row.defCitation
    if (typeof features.ageLimit === 'number')
      get(row.jurisdictionId).csamAgeLimits.push({ age: features.ageLimit, citation, validity })
    if (typeof features.virtualOrGenerated === 'boolean')
      get(row.jurisdictionId).csamVirtual.push({ covered: features.virtualOrGenerated, citation, validity })
  }
  for (const row of benchmarks) {
    get(row.jurisdictionId).csamAgeLimits.push({
      age: row.age,
      citation: row.citation,
      validity: { from: toDate(row.validFrom), to: toDate(row.validTo) },
    })
  }
  for (const row of possession) {
    const f = get(row.jurisdictionId)
    f.possession ??= { status: row.status, citations: [], validity: [] }
    if (row.provisionId) {
      f.possession.citations.push(row.citation!)
      f.possession.validity.push({ from: toDate(row.validFrom), to: toDate(row.validTo) })
    }
  }
  return facts
}
