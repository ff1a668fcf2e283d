import { z } from 'zod'
import { httpUrlSchema, workUriSchema } from '../common'
import { instrumentKindLabels, instrumentStatusLabels } from '@/lib/schemas/enum-labels'
import { enumField, optionalDate, optionalFormat, optionalText, requiredFormat, requiredText } from '../fields'
import { jurisdictionRef, verification, curatorNote } from './shared'
import { curatorNoteField, jurisdictionRefField, optionsOf, verificationField, type FieldSpec } from './form-fields'

export const instrumentInputSchema = z.object({
  uri: requiredFormat(workUriSchema),
  jurisdiction: jurisdictionRef,
  kind: enumField([
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
  ]),
  title: requiredText(500, 3),
  shortTitle: optionalText(200),
  officialCitation: optionalText(300),
  officialUrl: optionalFormat(httpUrlSchema),
  /** The official machine-readable text (Akoma Ntoso, CLML, Formex …) that sources:sync fetches */
  officialTextUrl: optionalFormat(httpUrlSchema),
  adoptedOn: optionalDate,
  inForceOn: optionalDate,
  repealedOn: optionalDate,
  status: enumField(
    ['IN_FORCE', 'PARTLY_IN_FORCE', 'NOT_YET_IN_FORCE', 'ENJOINED', 'REPEALED', 'DRAFT', 'NOT_APPLICABLE'],
    'IN_FORCE',
  ),
  summary: optionalText(4000),
  language: optionalFormat(z.string().regex(/^[a-z]{3}$/, 'Use an ISO 639-3 code such as eng')),
  /** Treaties: the depositary status page the actions were last compared with, and its date */
  statusAsOf: optionalDate,
  statusSourceUrl: optionalFormat(httpUrlSchema),
  curatorNote,
  verification,
})
type InstrumentInput = z.infer<typeof instrumentInputSchema>

export const instrumentFields: FieldSpec[] = [
  {
    name: 'uri',
    label: 'Work URI',
    kind: 'text',
    required: true,
    help: 'Akoma Ntoso work URI, e.g. /akn/gb/act/2023/50.',
  },
  { ...jurisdictionRefField, label: 'Issuing jurisdiction code' },
  { name: 'kind', label: 'Kind', kind: 'select', options: optionsOf(instrumentKindLabels), required: true },
  { name: 'title', label: 'Title', kind: 'text', required: true },
  { name: 'shortTitle', label: 'Short title', kind: 'text' },
  { name: 'officialCitation', label: 'Official citation', kind: 'text' },
  { name: 'officialUrl', label: 'Official URL', kind: 'url' },
  {
    name: 'officialTextUrl',
    label: 'Official text URL (machine-readable)',
    kind: 'url',
    help: 'e.g. https://www.legislation.gov.uk/ukpga/1998/29/data.akn — fetched by the official-sources sync.',
  },
  { name: 'adoptedOn', label: 'Adopted on', kind: 'date' },
  { name: 'inForceOn', label: 'In force on', kind: 'date' },
  { name: 'repealedOn', label: 'Repealed on', kind: 'date' },
  { name: 'status', label: 'Status', kind: 'select', options: optionsOf(instrumentStatusLabels), required: true },
  { name: 'summary', label: 'Summary', kind: 'textarea' },
  { name: 'language', label: 'Language (ISO 639-3)', kind: 'text', help: 'e.g. eng, fra, deu' },
  {
    name: 'statusAsOf',
    label: 'Treaty status as of',
    kind: 'date',
    help: 'Treaties: the date of the depositary status page ("Status as at").',
  },
  {
    name: 'statusSourceUrl',
    label: 'Treaty status page',
    kind: 'url',
    help: 'Treaties: the depositary status page (UN Treaty Collection, Council of Europe chart …).',
  },
  curatorNoteField,
  verificationField,
]
