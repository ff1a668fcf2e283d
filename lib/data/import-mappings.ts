import type { Db } from '@/lib/db/prisma'
import { assertCan, type CurrentUser } from '@/lib/auth/current-user'
import type { z } from 'zod'
import type { importMappingSchema } from '@/lib/schemas/import-request'

/** Saved CSV column mappings, shared by all curators, one name per record type. */
export async function findImportMappings(db: Db, { user }: { user: CurrentUser | null }) {
  assertCan(user, 'curation:read')
  const rows = await db.importMapping.findMany({
    orderBy: [{ recordType: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, recordType: true, mapping: true },
  })
  return rows.map((row) => ({ ...row, mapping: row.mapping as Record<string, string> }))
}

export async function saveImportMapping(
  db: Db,
  { user, input }: { user: CurrentUser | null; input: z.infer<typeof importMappingSchema> },
) {
  assertCan(user, 'change:propose')
  return db.importMapping.upsert({
    where: { recordType_name: { recordType: input.recordType, name: input.name } },
    create: { ...input, createdById: user.id },
    update: { mapping: input.mapping },
    select: { id: true, name: true, recordType: true, mapping: true },
  })
}

export type SavedMapping = Awaited<ReturnType<typeof findImportMappings>>[number]
