import { z } from 'zod'
import { enumField, optionalDate, optionalInt, requiredFormat, requiredText } from '../fields'
import { criterionRefPattern, jurisdictionRef, verification } from './shared'
import { jurisdictionRefField, optionsOf, verificationField, type FieldSpec } from './form-fields'

export const assessmentStatusLabels = { MET: 'Met', PARTIAL: 'Partly met', NOT_MET: 'Not met', RESERVED: 'Reserved', UNKNOWN: 'Unknown' } as const

export const assessmentInputSchema = z.object({
  jurisdiction: jurisdictionRef,
  criterion: requiredFormat(criterionRefPattern),
  status: enumField(['MET', 'PARTIAL', 'NOT_MET', 'RESERVED', 'UNKNOWN'], 'UNKNOWN'),
  score: optionalInt(0, 100),
  rationale: requiredText(4000, 10),
  assessedOn: optionalDate,
  verification,
})
export type AssessmentInput = z.infer<typeof assessmentInputSchema>

export const assessmentFields: FieldSpec[] = [
  jurisdictionRefField,
  { name: 'criterion', label: 'Criterion', kind: 'text', required: true, ref: 'criterion', help: '"<standard slug>/<criterion code>", e.g. lanzarote-23/23' },
  { name: 'status', label: 'Status', kind: 'select', options: optionsOf(assessmentStatusLabels), required: true },
  { name: 'score', label: 'Score', kind: 'number' },
  { name: 'rationale', label: 'Rationale', kind: 'textarea', required: true, long: true },
  { name: 'assessedOn', label: 'Assessed on', kind: 'date' },
  verificationField,
]
