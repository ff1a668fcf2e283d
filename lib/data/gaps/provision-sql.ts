import { Prisma } from '@/lib/generated/prisma/client'
import type { ProvisionRef } from '@/lib/domain/gaps/gap-inputs'

/**
 * A published provision with the period it had effect: its version's [validFrom, validTo)
 * narrowed by its instrument's [inForceOn, repealedOn). GREATEST/LEAST skip NULLs, so an open end
 * stays open. Joined as one parenthesised join so an unpublished part hides the whole provision.
 */
export const publishedProvisionJoin = (alias: string, on: Prisma.Sql) => Prisma.sql`
  LEFT JOIN ("Provision" ${Prisma.raw(alias)}
    JOIN "InstrumentVersion" ${Prisma.raw(`${alias}_v`)} ON ${Prisma.raw(`${alias}_v`)}.id = ${Prisma.raw(alias)}."versionId"
      AND ${Prisma.raw(`${alias}_v`)}."publicationState" = 'PUBLISHED' AND ${Prisma.raw(`${alias}_v`)}."deletedAt" IS NULL
    JOIN "Instrument" ${Prisma.raw(`${alias}_i`)} ON ${Prisma.raw(`${alias}_i`)}.id = ${Prisma.raw(`${alias}_v`)}."instrumentId"
      AND ${Prisma.raw(`${alias}_i`)}."publicationState" = 'PUBLISHED' AND ${Prisma.raw(`${alias}_i`)}."deletedAt" IS NULL)
  ON ${on} AND ${Prisma.raw(alias)}."publicationState" = 'PUBLISHED' AND ${Prisma.raw(alias)}."deletedAt" IS NULL`

export const provisionColumns = (alias: string) => Prisma.sql`
  ${Prisma.raw(alias)}.id AS "provisionId", ${Prisma.raw(alias)}.citation AS "citation", ${Prisma.raw(alias)}."eId" AS "eId",
  ${Prisma.raw(`${alias}_i`)}.uri AS "instrumentUri",
  GREATEST(${Prisma.raw(`${alias}_v`)}."validFrom", ${Prisma.raw(`${alias}_i`)}."inForceOn") AS "validFrom",
  LEAST(${Prisma.raw(`${alias}_v`)}."validTo", ${Prisma.raw(`${alias}_i`)}."repealedOn") AS "validTo"`

export type ProvisionColumns = {
  provisionId: string | null
  citation: string | null
  eId: string | null
  instrumentUri: string | null
  validFrom: Date | string | null
  validTo: Date | string | null
}

export function toProvisionRef(row: ProvisionColumns): ProvisionRef | null {
  if (!row.provisionId) return null
  return {
    id: row.provisionId,
    citation: row.citation!,
    eId: row.eId!,
    instrumentUri: row.instrumentUri!,
    validity: { from: toDate(row.validFrom), to: toDate(row.validTo) },
  }
}

/** DATE columns arrive as Date through Prisma and as 'YYYY-MM-DD' through rowsOf. */
export function toDate(value: Date | string | null): Date | null {
  if (value === null) return null
  return value instanceof Date ? value : new Date(`${value.slice(0, 10)}T00:00:00Z`)
}

/** `AND col = ANY(ids)` when a jurisdiction filter applies, nothing otherwise. */
export const jurisdictionFilter = (column: string, ids: string[] | null) =>
  ids ? Prisma.sql`AND ${Prisma.raw(column)} = ANY(${ids}::text[])` : Prisma.empty
