import { z } from 'zod'
import { recordTypeKeys, type RecordTypeKey } from './records'
import { requiredText } from './fields'

/** The import form / API request and saved CSV mappings. */
const recordTypeSchema = z.enum(recordTypeKeys as [RecordTypeKey, ...RecordTypeKey[]], {
  error: 'Choose a record type',
})
const mappingObject = z
  .record(z.string().max(200), z.string().max(60))
  .refine((m) => Object.keys(m).length <= 200, 'Too many columns')

export const importRequestSchema = z.discriminatedUnion('format', [
  z.object({
    format: z.literal('csv'),
    type: recordTypeSchema,
    mapping: z
      .string()
      .max(50_000)
      .transform((v, ctx) => {
        try {
          return mappingObject.parse(JSON.parse(v))
        } catch {
          ctx.addIssue({ code: 'custom', message: 'The column mapping is not valid' })
          return z.NEVER
        }
      }),
    mode: z.enum(['preview', 'commit']),
  }),
  z.object({ format: z.literal('json'), mode: z.enum(['preview', 'commit']) }),
  z.object({ format: z.literal('akn'), mode: z.enum(['preview', 'commit']) }),
  /** An official law text in its published format, detected from the content (lib/import/law). */
  z.object({
    format: z.literal('law'),
    mode: z.enum(['preview', 'commit']),
    sourceUrl: z
      .url('Give the full address (https://…) of the published file')
      .max(2000)
      .optional()
      .or(z.literal('').transform(() => undefined)),
  }),
  /** A depositary's status page; the route recognises it by content whatever format was chosen */
  z.object({ format: z.literal('treaty-status'), mode: z.enum(['preview', 'commit']) }),
])
export type ImportRequest = z.infer<typeof importRequestSchema>

export const importMappingSchema = z.object({
  name: requiredText(100, 2),
  recordType: recordTypeSchema,
  mapping: mappingObject,
})
