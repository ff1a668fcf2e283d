import type { Db } from '@/lib/db/prisma'
import { pageOf } from '@/lib/domain/api-cursor'
import { published } from '../published'
import { cursorKey, day, param, provisionRef, provisionRefSelect, type ListOptions } from './shape'
import { ageBenchmarkSelect, inForceOn } from '../shared-selects'

/** Published definitions and age benchmarks for GET /api/v1/definitions and /api/v1/ages, ordered by id. */
const ref = { select: { code: true, name: true } } as const

export async function findApiDefinitions(db: Db, options: ListOptions & { concept?: string; jurisdiction?: string[] }) {
  const after = cursorKey(options.cursor, 1)
  const rows = await db.definition.findMany({
    where: {
      ...published,
      jurisdiction: { ...published, ...(options.jurisdiction?.length ? { code: { in: options.jurisdiction } } : {}) },
      ...(options.concept ? { concept: { slug: options.concept } } : {}),
      ...(after ? { id: { gt: String(after[0]) } } : {}),
    },
    orderBy: { id: 'asc' },
    take: options.limit + 1,
    select: {
      id: true,
      term: true,
      text: true,
      textKind: true,
      features: true,
      citation: true,
      sourceUrl: true,
      language: true,
      verification: true,
      concept: { select: { slug: true, name: true } },
      jurisdiction: ref,
      provision: {
        ...provisionRefSelect,
        select: { ...provisionRefSelect.select, publicationState: true, deletedAt: true },
      },
    },
  })
  const { items, page } = pageOf(rows, options.limit, (row) => [row.id])
  return {
    data: items.map((row) => ({
      id: row.id,
      concept: row.concept,
      jurisdiction: row.jurisdiction,
      term: row.term,
      text: row.text,
      textKind: param(row.textKind),
      features: (row.features ?? {}) as Record<string, unknown>,
      citation: row.citation,
      sourceUrl: row.sourceUrl,
      language: row.language,
      verification: param(row.verification),
      provision:
        row.provision && row.provision.publicationState === 'PUBLISHED' && !row.provision.deletedAt
          ? provisionRef(row.provision)
          : null,
    })),
    page,
  }
}

export async function findApiAges(
  db: Db,
  options: ListOptions & { kind?: string; jurisdiction?: string[]; asOf?: string },
) {
  const after = cursorKey(options.cursor, 1)
  const date = options.asOf ? new Date(`${options.asOf}T00:00:00Z`) : null
  const rows = await db.ageBenchmark.findMany({
    where: {
      ...published,
      jurisdiction: { ...published, ...(options.jurisdiction?.length ? { code: { in: options.jurisdiction } } : {}) },
      ...(options.kind ? { kind: { code: options.kind } } : {}),
      ...(date
        ? {
            AND: inForceOn(date),
          }
        : {}),
      ...(after ? { id: { gt: String(after[0]) } } : {}),
    },
    orderBy: { id: 'asc' },
    take: options.limit + 1,
    select: {
      ...ageBenchmarkSelect,
      validTo: true,
      kind: ref,
      jurisdiction: ref,
      provision: {
        ...provisionRefSelect,
        select: { ...provisionRefSelect.select, publicationState: true, deletedAt: true },
      },
    },
  })
  const { items, page } = pageOf(rows, options.limit, (row) => [row.id])
  return {
    data: items.map((row) => ({
      id: row.id,
      kind: row.kind,
      jurisdiction: row.jurisdiction,
      age: row.age,
      conditions: row.conditions,
      citation: row.citation,
      sourceUrl: row.sourceUrl,
      validFrom: day(row.validFrom),
      validTo: day(row.validTo),
      verification: param(row.verification),
      provision:
        row.provision && row.provision.publicationState === 'PUBLISHED' && !row.provision.deletedAt
          ? provisionRef(row.provision)
          : null,
    })),
    page,
  }
}
