import type { Db } from '@/lib/db/prisma'

export type TextKindCounts = { verbatim: number; summary: number; importedVerbatim: number; importedVersions: number }

/**
 * Published provisions by text kind: how many quote the law (verbatim) and how many are
 * LexBridge's summaries, and how many of the verbatim ones were imported from an official file.
 * Public data only, so the options carry no user.
 */
export async function countTextKinds(db: Db, _options: Record<string, never> = {}): Promise<TextKindCounts> {
  const [row] = await db.$queryRaw<{ verbatim: bigint; summary: bigint; imported: bigint; versions: bigint }[]>`
    SELECT count(*) FILTER (WHERE p."textKind" = 'VERBATIM') AS verbatim,
           count(*) FILTER (WHERE p."textKind" = 'SUMMARY') AS summary,
           count(*) FILTER (WHERE p."textKind" = 'VERBATIM' AND v."sourceFormat" IS NOT NULL) AS imported,
           count(DISTINCT v.id) FILTER (WHERE v."sourceFormat" IS NOT NULL) AS versions
    FROM "Provision" p
    JOIN "InstrumentVersion" v ON v.id = p."versionId" AND v."publicationState" = 'PUBLISHED' AND v."deletedAt" IS NULL
    JOIN "Instrument" i ON i.id = v."instrumentId" AND i."publicationState" = 'PUBLISHED' AND i."deletedAt" IS NULL
    WHERE p."publicationState" = 'PUBLISHED' AND p."deletedAt" IS NULL`
  return {
    verbatim: Number(row.verbatim),
    summary: Number(row.summary),
    importedVerbatim: Number(row.imported),
    importedVersions: Number(row.versions),
  }
}
