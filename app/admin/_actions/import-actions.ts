'use server'
import { db } from '@/lib/db'
import { runAction, type ActionResult } from '@/lib/actions/action-result'
import { requireUser } from '@/lib/auth/session'
import { saveImportMapping, type SavedMapping } from '@/lib/data/import-mappings'
import { validationError } from '@/lib/errors/app-error'
import { importMappingSchema } from '@/lib/schemas/import-request'
import { fieldErrorsOf } from '@/lib/schemas/records'

export async function saveMappingAction(input: unknown): Promise<ActionResult<SavedMapping>> {
  return runAction(async () => {
    const user = await requireUser('change:propose')
    const parsed = importMappingSchema.safeParse(input)
    if (!parsed.success) throw validationError(fieldErrorsOf(parsed.error))
    const saved = await saveImportMapping(db, { user, input: parsed.data })
    return { ...saved, mapping: saved.mapping as Record<string, string> }
  })
}
