import { z } from 'zod'
import { treatyActionLabels } from '@/lib/schemas/enum-labels'
import { enumField, optionalDate, optionalText } from '../fields'
import { jurisdictionRef, sourceUrl, verification, workRef, curatorNote } from './shared'
import {
  curatorNoteField,
  jurisdictionRefField,
  optionsOf,
  sourceUrlField,
  verificationField,
  type FieldSpec,
} from './form-fields'

export const treatyActionInputSchema = z.object({
  treaty: workRef,
  jurisdiction: jurisdictionRef,
  action: enumField(['SIGNATURE', 'RATIFICATION', 'ACCESSION', 'ACCEPTANCE', 'APPROVAL', 'SUCCESSION', 'DENUNCIATION']),
  actionDate: optionalDate,
  datePrecision: enumField(['DAY', 'MONTH', 'YEAR'], 'DAY'),
  entryIntoForceOn: optionalDate,
  depositaryRef: optionalText(300),
  note: optionalText(2000),
  sourceUrl,
  lastVerifiedOn: optionalDate,
  curatorNote,
  verification,
})
type TreatyActionInput = z.infer<typeof treatyActionInputSchema>

export const treatyActionFields: FieldSpec[] = [
  { name: 'treaty', label: 'Treaty (work URI)', kind: 'text', required: true, ref: 'treaty' },
  jurisdictionRefField,
  { name: 'action', label: 'Action', kind: 'select', options: optionsOf(treatyActionLabels), required: true },
  { name: 'actionDate', label: 'Date', kind: 'date' },
  {
    name: 'datePrecision',
    label: 'Date precision',
    kind: 'select',
    options: optionsOf({ DAY: 'Day', MONTH: 'Month', YEAR: 'Year' }),
    required: true,
  },
  {
    name: 'entryIntoForceOn',
    label: 'Entry into force for this party',
    kind: 'date',
    help: 'On the ratification or accession, when the depositary gives it.',
  },
  { name: 'depositaryRef', label: 'Depositary reference', kind: 'text' },
  { name: 'note', label: 'Note', kind: 'textarea' },
  sourceUrlField,
  { name: 'lastVerifiedOn', label: 'Last verified on', kind: 'date' },
  curatorNoteField,
  verificationField,
]
