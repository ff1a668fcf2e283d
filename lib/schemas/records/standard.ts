import { z } from 'zod'
import { slugSchema } from '../common'
import { optionalDate, optionalText, requiredFormat, requiredText } from '../fields'
import { optionalWorkRef, sourceUrl, verification, curatorNote } from './shared'
import { curatorNoteField, sourceUrlField, verificationField, type FieldSpec } from './form-fields'

export const standardInputSchema = z.object({
  slug: requiredFormat(slugSchema),
  name: requiredText(300, 3),
  issuer: requiredText(200, 2),
  edition: optionalText(100),
  description: optionalText(4000),
  sourceUrl,
  instrument: optionalWorkRef,
  publishedOn: optionalDate,
  curatorNote,
  verification,
})
type StandardInput = z.infer<typeof standardInputSchema>

export const standardFields: FieldSpec[] = [
  { name: 'slug', label: 'Slug', kind: 'text', required: true, help: 'e.g. lanzarote-23' },
  { name: 'name', label: 'Name', kind: 'text', required: true },
  { name: 'issuer', label: 'Issuer', kind: 'text', required: true },
  { name: 'edition', label: 'Edition', kind: 'text' },
  { name: 'description', label: 'Description', kind: 'textarea' },
  sourceUrlField,
  { name: 'instrument', label: 'Instrument it is drawn from (work URI)', kind: 'text', ref: 'instrument' },
  { name: 'publishedOn', label: 'Published on', kind: 'date' },
  curatorNoteField,
  verificationField,
]
