import { z } from 'zod'
import { reservationKindLabels } from '@/lib/schemas/enum-labels'
import { enumField, listField, optionalDate, requiredText } from '../fields'
import { jurisdictionRef, sourceUrl, textKind, verification, workRef, curatorNote } from './shared'
import {
  curatorNoteField,
  jurisdictionRefField,
  optionsOf,
  sourceUrlField,
  textKindOptions,
  verificationField,
  type FieldSpec,
} from './form-fields'

export const reservationInputSchema = z.object({
  treaty: workRef,
  jurisdiction: jurisdictionRef,
  kind: enumField(['RESERVATION', 'DECLARATION', 'INTERPRETATIVE_DECLARATION', 'NOTIFICATION'], 'RESERVATION'),
  articles: listField(z.string().regex(/^[0-9]+[A-Za-z]?(\([0-9a-z]+\))*$/, 'Articles look like 20 or 20(3)'), {
    min: 1,
    max: 50,
  }),
  text: requiredText(8000),
  textKind,
  madeOn: optionalDate,
  withdrawnOn: optionalDate,
  sourceUrl,
  curatorNote,
  verification,
})
type ReservationInput = z.infer<typeof reservationInputSchema>

export const reservationFields: FieldSpec[] = [
  { name: 'treaty', label: 'Treaty (work URI)', kind: 'text', required: true, ref: 'treaty' },
  jurisdictionRefField,
  { name: 'kind', label: 'Kind', kind: 'select', options: optionsOf(reservationKindLabels), required: true },
  {
    name: 'articles',
    label: 'Articles concerned',
    kind: 'list',
    required: true,
    help: 'Separate with semicolons, e.g. 20(3); 24(3).',
  },
  { name: 'text', label: 'Text', kind: 'textarea', required: true, long: true },
  { name: 'textKind', label: 'Text kind', kind: 'select', options: textKindOptions, required: true },
  { name: 'madeOn', label: 'Made on', kind: 'date' },
  { name: 'withdrawnOn', label: 'Withdrawn on', kind: 'date' },
  sourceUrlField,
  curatorNoteField,
  verificationField,
]
