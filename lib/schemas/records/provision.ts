import { z } from 'zod'
import { eIdSchema, slugSchema } from '../common'
import { listField, optionalFormat, optionalText, requiredFormat, requiredInt, requiredText } from '../fields'
import { sourceUrl, textKind, verification, curatorNote } from './shared'
import {
  curatorNoteField,
  citationField,
  sourceUrlField,
  textKindOptions,
  verificationField,
  type FieldSpec,
} from './form-fields'

export const provisionInputSchema = z.object({
  /** expression URI of the instrument version */
  version: requiredFormat(
    z
      .string()
      .max(400)
      .regex(/^\/akn\/\S+@\S*$/, 'Use the version’s expression URI, e.g. /akn/gb/act/2023/50/eng@2023-10-26'),
  ),
  eId: requiredFormat(z.string().max(200).pipe(eIdSchema)),
  /** eId of the parent provision in the same version */
  parent: optionalFormat(z.string().max(200).pipe(eIdSchema)),
  num: optionalText(60),
  heading: optionalText(500),
  text: requiredText(20_000),
  textKind,
  sortOrder: requiredInt(0, 1_000_000, 0),
  citation: requiredText(500, 3),
  sourceUrl,
  /** Topic tags (taxonomy slugs). Absent (an import without the column): the recorded tags stay; present: replaced. */
  topics: listField(slugSchema, { max: 30 })
    .optional()
    .superRefine((slugs, ctx) => {
      const repeated = slugs?.find((slug, i) => slugs.indexOf(slug) !== i)
      if (repeated) ctx.addIssue({ code: 'custom', message: `"${repeated}" is listed twice` })
    }),
  curatorNote,
  verification,
})
type ProvisionInput = z.infer<typeof provisionInputSchema>

export const provisionFields: FieldSpec[] = [
  { name: 'version', label: 'Instrument version (expression URI)', kind: 'text', required: true },
  { name: 'eId', label: 'Element id (eId)', kind: 'text', required: true, help: 'e.g. sec_28__subsec_3' },
  {
    name: 'parent',
    label: 'Parent eId',
    kind: 'text',
    help: 'The eId of the enclosing part, chapter or section, if any.',
  },
  { name: 'num', label: 'Number as printed', kind: 'text', help: 'e.g. 28(3) or Art. 23' },
  { name: 'heading', label: 'Heading', kind: 'text' },
  { name: 'text', label: 'Text', kind: 'textarea', required: true, long: true },
  { name: 'textKind', label: 'Text kind', kind: 'select', options: textKindOptions, required: true },
  { name: 'sortOrder', label: 'Position in the document', kind: 'number', required: true },
  citationField,
  sourceUrlField,
  {
    name: 'topics',
    label: 'Topics',
    kind: 'list',
    ref: 'topic',
    help: 'Taxonomy topics this provision is about, as slugs separated by ";", e.g. offences.grooming; platform-duties.',
  },
  curatorNoteField,
  verificationField,
]
