import 'server-only'
import type { Db } from '@/lib/db/prisma'
import { published } from '../published'
import { ageBenchmarkSelect, inForceOn, provisionLinkSelect } from '../shared-selects'

/** Age benchmark kinds in display order, with how many published benchmarks each has. */
export async function findAgeBenchmarkKinds(db: Db) {
  return db.ageBenchmarkKind.findMany({
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { code: true, name: true, description: true, _count: { select: { benchmarks: { where: published } } } },
  })
}

/** Benchmarks of one kind in force on `date` (validFrom ≤ date < validTo; open ends count), with their jurisdiction and provision. */
export async function findAgeBenchmarks(db: Db, { kindCode, date }: { kindCode: string; date: Date }) {
  return db.ageBenchmark.findMany({
    where: {
      ...published,
      kind: { code: kindCode },
      jurisdiction: published,
      AND: inForceOn(date),
    },
    orderBy: [{ jurisdiction: { name: 'asc' } }, { age: 'asc' }],
    select: {
      ...ageBenchmarkSelect,
      lastVerifiedOn: true,
      jurisdiction: {
        select: {
          id: true,
          code: true,
          name: true,
          kind: true,
          m49Code: true,
          parentId: true,
          parent: { select: { id: true, code: true, name: true, m49Code: true } },
        },
      },
      provision: { select: provisionLinkSelect },
    },
  })
}

type AgeBenchmarkRow = Awaited<ReturnType<typeof findAgeBenchmarks>>[number]
