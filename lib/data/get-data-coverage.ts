import 'server-only'
import type { Db } from '@/lib/db/prisma'

export type VerificationCounts = { verified: number; needsReview: number }
export type CoverageRow = {
  code: string
  name: string
  instruments: VerificationCounts
  provisions: VerificationCounts
  definitions: VerificationCounts
  ageBenchmarks: VerificationCounts
  assessments: VerificationCounts
}

type SubnationalRow = Omit<CoverageRow, 'code' | 'name'> & {
  parentCode: string
  parentName: string
  units: number
  withRecords: number
}

type Raw = {
  code: string
  name: string
  parent_code: string | null
  kind: string
  verified: bigint
  needs_review: bigint
}

const KINDS = ['instruments', 'provisions', 'definitions', 'ageBenchmarks', 'assessments'] as const

/**
 * Published records per jurisdiction and kind, split by verification — what /about/data shows.
 * One grouped query over all record kinds, read live so curators' work shows at once.
 */
export async function getDataCoverage(db: Db) {
  const rows = await db.$queryRaw<Raw[]>`
    WITH records AS (
      SELECT i."jurisdictionId" AS jid, 'instruments' AS kind, i.verification::text AS v FROM "Instrument" i
        WHERE i."publicationState" = 'PUBLISHED' AND i."deletedAt" IS NULL
      UNION ALL
      SELECT i."jurisdictionId", 'provisions', p.verification::text FROM "Provision" p
        JOIN "InstrumentVersion" iv ON iv.id = p."versionId" JOIN "Instrument" i ON i.id = iv."instrumentId"
        WHERE p."publicationState" = 'PUBLISHED' AND p."deletedAt" IS NULL AND i."deletedAt" IS NULL
      UNION ALL
      SELECT d."jurisdictionId", 'definitions', d.verification::text FROM "Definition" d
        WHERE d."publicationState" = 'PUBLISHED' AND d."deletedAt" IS NULL
      UNION ALL
      SELECT a."jurisdictionId", 'ageBenchmarks', a.verification::text FROM "AgeBenchmark" a
        WHERE a."publicationState" = 'PUBLISHED' AND a."deletedAt" IS NULL
      UNION ALL
      SELECT s."jurisdictionId", 'assessments', s.verification::text FROM "Assessment" s
        WHERE s."publicationState" = 'PUBLISHED' AND s."deletedAt" IS NULL
    )
    SELECT j.code, j.name, CASE WHEN j.kind = 'SUBNATIONAL' THEN p.code END AS parent_code, r.kind,
           count(*) FILTER (WHERE r.v = 'VERIFIED') AS verified,
           count(*) FILTER (WHERE r.v = 'NEEDS_REVIEW') AS needs_review
    FROM records r JOIN "Jurisdiction" j ON j.id = r.jid LEFT JOIN "Jurisdiction" p ON p.id = j."parentId"
    WHERE j."deletedAt" IS NULL
    GROUP BY j.code, j.name, 3, r.kind`

  const byCode = new Map<string, CoverageRow>()
  const totals = Object.fromEntries(KINDS.map((k) => [k, { verified: 0, needsReview: 0 }])) as Record<
    (typeof KINDS)[number],
    VerificationCounts
  >
  for (const row of rows) {
    const kind = row.kind as (typeof KINDS)[number]
    const entry =
      byCode.get(row.code) ??
      ({
        code: row.code,
        name: row.name,
        ...Object.fromEntries(KINDS.map((k) => [k, { verified: 0, needsReview: 0 }])),
      } as CoverageRow)
    entry[kind] = { verified: Number(row.verified), needsReview: Number(row.needs_review) }
    totals[kind].verified += Number(row.verified)
    totals[kind].needsReview += Number(row.needs_review)
    byCode.set(row.code, entry)
  }
  const jurisdictions = [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name))
  const parentOf = new Map(rows.filter((row) => row.parent_code).map((row) => [row.code, row.parent_code as string]))
  return { jurisdictions, totals, subnational: await subnationalCoverage(db, jurisdictions, parentOf) }
}

/** Sub-national units per parent country: how many exist, how many have records, and their records' verification. */
async function subnationalCoverage(
  db: Db,
  jurisdictions: CoverageRow[],
  parentOf: Map<string, string>,
): Promise<SubnationalRow[]> {
  const parents = await db.$queryRaw<{ code: string; name: string; units: bigint }[]>`
    SELECT p.code, p.name, count(*) AS units FROM "Jurisdiction" j JOIN "Jurisdiction" p ON p.id = j."parentId"
    WHERE j.kind = 'SUBNATIONAL' AND j."deletedAt" IS NULL AND j."publicationState" = 'PUBLISHED'
    GROUP BY p.code, p.name ORDER BY p.name`
  return parents.map((parent) => {
    const units = jurisdictions.filter((row) => parentOf.get(row.code) === parent.code)
    const sum = (kind: (typeof KINDS)[number]) => ({
      verified: units.reduce((total, row) => total + row[kind].verified, 0),
      needsReview: units.reduce((total, row) => total + row[kind].needsReview, 0),
    })
    return {
      parentCode: parent.code,
      parentName: parent.name,
      units: Number(parent.units),
      withRecords: units.length,
      ...(Object.fromEntries(KINDS.map((kind) => [kind, sum(kind)])) as Record<
        (typeof KINDS)[number],
        VerificationCounts
      >),
    }
  })
}

/** The official sources the data cites, by web host, most cited first. */
export async function findSourceHosts(db: Db, { limit = 40 }: { limit?: number } = {}) {
  const rows = await db.$queryRaw<{ host: string; records: bigint }[]>`
    WITH urls AS (
      SELECT "sourceUrl" AS url FROM "Provision" WHERE "sourceUrl" IS NOT NULL AND "deletedAt" IS NULL
      UNION ALL SELECT "officialUrl" FROM "Instrument" WHERE "officialUrl" IS NOT NULL AND "deletedAt" IS NULL
      UNION ALL SELECT "sourceUrl" FROM "Definition" WHERE "sourceUrl" IS NOT NULL AND "deletedAt" IS NULL
      UNION ALL SELECT "sourceUrl" FROM "AgeBenchmark" WHERE "sourceUrl" IS NOT NULL AND "deletedAt" IS NULL
      UNION ALL SELECT "sourceUrl" FROM "TreatyAction" WHERE "sourceUrl" IS NOT NULL AND "deletedAt" IS NULL
    )
    SELECT substring(url FROM '^https?://([^/:?#]+)') AS host, count(*) AS records
    FROM urls GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${limit}`
  return rows.filter((r) => r.host).map((r) => ({ host: r.host, records: Number(r.records) }))
}
