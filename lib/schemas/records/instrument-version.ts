import { z } from 'zod'
import { optionalDate, optionalText, requiredFormat } from '../fields'
import { sourceUrl, verification, workRef, curatorNote } from './shared'
import { curatorNoteField, sourceUrlField, verificationField, type FieldSpec } from './form-fields'

export const instrumentVersionInputSchema = z.object({
  instrument: workRef,
  expressionUri: requiredFormat(
    z
      .string()
      .max(400)
      .regex(/^\/akn\/[^\s]+\/[a-z]{3}@[^\s]*$/, 'Use an expression URI such as /akn/gb/act/2023/50/eng@2023-10-26'),
  ),
  language: requiredFormat(z.string().regex(/^[a-z]{3}$/, 'Use an ISO 639-3 code such as eng')),
  asAt: optionalDate,
  validFrom: optionalDate,
  validTo: optionalDate,
  title: optionalText(500),
  sourceUrl,
  note: optionalText(1000),
  curatorNote,
  verification,
})
type InstrumentVersionInput = z.infer<typeof instrumentVersionInputSchema>

export const instrumentVersionFields: FieldSpec[] = [
  { name: 'instrument', label: 'Instrument (work URI)', kind: 'text', required: true, ref: 'instrument' },
  {
    name: 'expressionUri',
    label: 'Expression URI',
    kind: 'text',
    required: true,
    help: 'e.g. /akn/gb/act/2023/50/eng@2023-10-26',
  },
  { name: 'language', label: 'Language (ISO 639-3)', kind: 'text', required: true },
  { name: 'asAt', label: 'Text as at', kind: 'date' },
  { name: 'validFrom', label: 'Valid from', kind: 'date' },
  { name: 'validTo', label: 'Valid to', kind: 'date' },
  { name: 'title', label: 'Title of this version', kind: 'text' },
  sourceUrlField,
  { name: 'note', label: 'Note', kind: 'textarea' },
  curatorNoteField,
  verificationField,
]
