import { z } from 'zod'
import { conceptFeatureSchemas } from './concept-features'
import { jurisdictionCodeSchema } from './common'
import { renameViewSchema, saveViewSchema, viewRefSchema } from './saved-views'

/**
 * One zod schema per draft form, shared by the client form (validation before submit) and the
 * server action (validation again, never trusted). Field names are the form's input names.
 */
const id = z.string().trim().min(1, 'Missing identifier').max(64)
const version = z.coerce.number({ error: 'Missing version' }).int().min(1)
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional()
    .transform((value) => value ?? null)
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item))

const draftTitleSchema = z
  .string()
  .trim()
  .min(3, 'Give the draft a title of at least 3 characters')
  .max(200, 'Use at most 200 characters')

export const createDraftSchema = z.object({
  title: draftTitleSchema,
  purpose: optionalText(4000),
  jurisdictions: list(jurisdictionCodeSchema).pipe(z.array(jurisdictionCodeSchema).max(250)),
})

export const updateDraftSchema = z.object({
  draftId: id,
  version,
  title: draftTitleSchema,
  purpose: optionalText(4000),
})

export const participantSchema = z.object({
  draftId: id,
  version,
  jurisdiction: z.string().trim().min(1, 'Choose a jurisdiction').pipe(jurisdictionCodeSchema),
})

export const clauseSchema = z.object({
  draftId: id,
  version,
  clauseId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((value) => value || undefined),
  heading: optionalText(200),
  text: z.string().trim().min(1, 'Write the clause text').max(20000, 'Use at most 20,000 characters'),
  criteria: list(id).pipe(z.array(id).max(30, 'Link at most 30 criteria')),
  concepts: list(id).pipe(z.array(id).max(10, 'Link at most 10 concepts')),
})

/** Starting a clause from a provision: the criteria are exactly the ones the user ticked (none is added for them). */
export const clauseFromProvisionSchema = z.object({
  draftId: id,
  version,
  provisionId: id,
  criteria: list(id).pipe(z.array(id).max(30, 'Link at most 30 criteria')),
})
export const clauseRefSchema = z.object({ draftId: id, version, clauseId: id })
export const moveClauseSchema = clauseRefSchema.extend({ direction: z.enum(['up', 'down']) })

/** Required definition features: "yes" / "no" per tri-state feature, a minimum age for ageLimit; blank = no requirement. */
export const linkRequirementsSchema = z.object({ draftId: id, version, linkId: id }).catchall(z.string())

export const shareSchema = z.object({
  draftId: id,
  email: z.email('Enter the email address the colleague signs in with').trim().toLowerCase(),
  access: z.enum(['READ', 'EDIT'], { error: 'Choose read or edit access' }),
})
export const unshareSchema = z.object({ draftId: id, userId: id })
export const deleteDraftSchema = z.object({ draftId: id, version })

export const draftFormSchemas = {
  createDraft: createDraftSchema,
  updateDraft: updateDraftSchema,
  participant: participantSchema,
  clause: clauseSchema,
  clauseFromProvision: clauseFromProvisionSchema,
  clauseRef: clauseRefSchema,
  moveClause: moveClauseSchema,
  linkRequirements: linkRequirementsSchema,
  share: shareSchema,
  unshare: unshareSchema,
  deleteDraft: deleteDraftSchema,
  // Saved views (lib/schemas/saved-views.ts) use the same ActionForm.
  saveView: saveViewSchema,
  renameView: renameViewSchema,
  viewRef: viewRefSchema,
} as const
export type DraftFormName = keyof typeof draftFormSchemas

/** Turns a link-requirements form into { feature: boolean | minimum age } for a concept, dropping blanks and unknown features. */
export function parseFeatureRequirements(
  concept: string,
  fields: Record<string, string>,
): { ok: true; data: Record<string, boolean | number> } | { ok: false; field: string; message: string } {
  const schema = (conceptFeatureSchemas as Record<string, z.ZodObject>)[concept]
  const known = schema ? Object.keys(schema.shape) : []
  const data: Record<string, boolean | number> = {}
  for (const feature of known) {
    const raw = fields[`feature.${feature}`]?.trim() ?? ''
    if (raw === '') continue
    if (feature === 'ageLimit') {
      const age = Number(raw)
      if (!Number.isInteger(age) || age < 1 || age > 25)
        return { ok: false, field: `feature.${feature}`, message: 'Use a whole number of years from 1 to 25' }
      data[feature] = age
    } else if (raw === 'yes' || raw === 'no') data[feature] = raw === 'yes'
    else return { ok: false, field: `feature.${feature}`, message: 'Choose yes, no or no requirement' }
  }
  return { ok: true, data }
}

/** URL state of the draft page's provision picker and of the history comparison. */
export const provisionPickerParamsSchema = z.object({
  pq: z.string().trim().max(100).optional().catch(undefined),
  pj: jurisdictionCodeSchema.optional().catch(undefined),
})
export const historyParamsSchema = z.object({
  from: z.coerce.number().int().min(1).optional().catch(undefined),
  to: z.coerce.number().int().min(1).optional().catch(undefined),
})
export const readinessParamsSchema = z.object({
  j: z.string().trim().toUpperCase().pipe(jurisdictionCodeSchema).optional().catch(undefined),
  treaty: z
    .string()
    .trim()
    .regex(/^\/akn\/[A-Za-z0-9/_.-]+$/)
    .max(200)
    .optional()
    .catch(undefined),
})

/** FormData → plain object; repeated names (checkbox groups) become arrays. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {}
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION')) continue
    const existing = result[key]
    result[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value]
  }
  return result
}
