import { notFound } from 'next/navigation'
import { z } from 'zod'
import { isRecordTypeKey, recordTypes, type RecordTypeKey } from '@/lib/schemas/records'

/** Route parameters of /admin/[type]/…: an unknown type or a malformed id is a 404, never a 500. */
export function recordTypeParam(value: string): { type: RecordTypeKey; meta: (typeof recordTypes)[RecordTypeKey] } {
  if (!isRecordTypeKey(value)) notFound()
  return { type: value, meta: recordTypes[value] }
}

export function recordIdParam(value: string): string {
  const parsed = z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .safeParse(value)
  if (!parsed.success) notFound()
  return parsed.data
}

export const listParamsSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  deleted: z.enum(['1']).optional().catch(undefined),
})
