import { z } from 'zod'

/**
 * The metadata of a parsed official text (LawDocument work + expression), checked before anything
 * is written: a parser bug or a hostile file must not put a malformed URI or kind in the database.
 */
const kinds = [
  'CONSTITUTION',
  'STATUTE',
  'CODE',
  'REGULATION',
  'TREATY',
  'PROTOCOL',
  'DIRECTIVE',
  'EU_REGULATION',
  'MODEL_LAW',
  'GUIDELINE',
] as const
const statuses = [
  'IN_FORCE',
  'PARTLY_IN_FORCE',
  'NOT_YET_IN_FORCE',
  'ENJOINED',
  'REPEALED',
  'DRAFT',
  'NOT_APPLICABLE',
] as const
const lawDate = z.object({
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Use a year, year-month or full date'),
  precision: z.enum(['YEAR', 'MONTH', 'DAY']),
})

export const lawMetadataSchema = z.object({
  format: z.enum(['akn', 'clml', 'uslm', 'formex', 'eurlex-xhtml', 'de-gii']),
  work: z.object({
    uri: z
      .string()
      .regex(/^\/akn\/[a-z0-9-]+\/[^\s#?]+$/, 'A work URI looks like /akn/gb/act/1998/29')
      .max(300),
    country: z.string().min(2).max(20),
    kind: z.enum(kinds, { error: `The kind must be one of ${kinds.join(', ')}` }),
    status: z.enum(statuses, { error: `The status must be one of ${statuses.join(', ')}` }),
    title: z.string().trim().min(1, 'The work has no title').max(1000),
    shortTitle: z.string().trim().max(500).optional(),
    officialCitation: z.string().trim().max(500).optional(),
    date: lawDate.optional(),
    officialUrl: z.url().max(2000).optional(),
  }),
  expression: z.object({
    uri: z
      .string()
      .min(1)
      .max(400)
      .regex(/^\/akn\/[^\s#?]+\/[a-z]{3}@[^\s#?]*$/, 'An expression URI looks like /akn/gb/act/1998/29/eng@2024-01-01'),
    language: z.string().regex(/^[a-z]{3}$/, 'Use an ISO 639-3 language code (eng, deu …)'),
    asAt: lawDate.optional(),
    title: z.string().max(1000).optional(),
  }),
})

/** Where an official text came from (recorded on the version it becomes). */
export const lawSourceSchema = z.object({
  /** The file name or URL shown in the audit log: "import:<name>" */
  name: z.string().min(1).max(300),
  url: z.url().max(2000).optional(),
  retrievedAt: z.date(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})
export type LawSource = z.infer<typeof lawSourceSchema>
