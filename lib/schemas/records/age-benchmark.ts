import { z } from 'zod'
import { ageBenchmarkKindCodeSchema } from '../dataset'
import { optionalDate, optionalInt, optionalText, requiredFormat, requiredText } from '../fields'
import { jurisdictionRef, optionalProvisionRef, sourceUrl, verification, curatorNote } from './shared'
import {
  curatorNoteField,
  citationField,
  jurisdictionRefField,
  provisionRefField,
  sourceUrlField,
  verificationField,
  type FieldSpec,
} from './form-fields'

export const ageBenchmarkInputSchema = z.object({
  jurisdiction: jurisdictionRef,
  kind: requiredFormat(ageBenchmarkKindCodeSchema),
  age: optionalInt(0, 25),
  conditions: optionalText(2000),
  provision: optionalProvisionRef,
  citation: requiredText(500, 3),
  sourceUrl,
  validFrom: optionalDate,
  validTo: optionalDate,
  lastVerifiedOn: optionalDate,
  curatorNote,
  verification,
})
type AgeBenchmarkInput = z.infer<typeof ageBenchmarkInputSchema>

export const ageBenchmarkFields: FieldSpec[] = [
  jurisdictionRefField,
  {
    name: 'kind',
    label: 'Benchmark',
    kind: 'text',
    required: true,
    ref: 'ageKind',
    help: 'e.g. sexual-consent, majority, digital-consent.',
  },
  {
    name: 'age',
    label: 'Age in years',
    kind: 'number',
    help: 'Leave empty when the law sets no age, and say why under conditions.',
  },
  { name: 'conditions', label: 'Conditions', kind: 'textarea' },
  provisionRefField,
  citationField,
  sourceUrlField,
  { name: 'validFrom', label: 'Valid from', kind: 'date' },
  { name: 'validTo', label: 'Valid to', kind: 'date' },
  {
    name: 'lastVerifiedOn',
    label: 'Last verified on',
    kind: 'date',
    help: 'The date the age and citation were compared with an official text.',
  },
  curatorNoteField,
  verificationField,
]
