import { z } from 'zod'
import {
  enumField,
  jsonListField,
  optionalDate,
  optionalInt,
  optionalText,
  requiredFormat,
  requiredText,
} from '../fields'
import { criterionRefPattern, jurisdictionRef, optionalProvisionRef, verification, curatorNote } from './shared'
import { curatorNoteField, jurisdictionRefField, optionsOf, verificationField, type FieldSpec } from './form-fields'
import { noRepeats } from './rows'

const assessmentStatusLabels = {
  MET: 'Met',
  PARTIAL: 'Partly met',
  NOT_MET: 'Not met',
  RESERVED: 'Reserved',
  UNKNOWN: 'Unknown',
} as const

const statusField = enumField(['MET', 'PARTIAL', 'NOT_MET', 'RESERVED', 'UNKNOWN'], 'UNKNOWN')
const requiredProvisionRef = optionalProvisionRef.pipe(z.string({ error: 'Required' }))

/** A provision the assessment as a whole relies on. */
const evidenceItem = z.strictObject({
  provision: requiredProvisionRef,
  pinpoint: optionalText(200),
  note: optionalText(2000),
})
/** The result for one element of the criterion, by element code, with the provision that meets it. */
const elementResultItem = z.strictObject({
  element: requiredText(40),
  status: statusField,
  provision: optionalProvisionRef,
  pinpoint: optionalText(200),
  note: optionalText(2000),
  /** Curator-only working note, never published */
  curatorNote: optionalText(2000),
})
const evidenceExample = '[{"provision": "/akn/gb/act/1978/37#sec_1", "pinpoint": "s. 1(1)(a)", "note": null}]'
const elementResultsExample =
  '[{"element": "possession", "status": "MET", "provision": "/akn/gb/act/1988/33#sec_160", "pinpoint": null, "note": null}]'

export const assessmentInputSchema = z.object({
  jurisdiction: jurisdictionRef,
  criterion: requiredFormat(criterionRefPattern),
  status: statusField,
  score: optionalInt(0, 100),
  rationale: requiredText(4000, 10),
  assessedOn: optionalDate,
  curatorNote,
  verification,
  /** Absent (an import without the column): the recorded evidence stays; present: it is replaced. */
  evidence: jsonListField(evidenceItem, { max: 50, example: evidenceExample }).superRefine(noRepeats('provision')),
  elementResults: jsonListField(elementResultItem, { max: 50, example: elementResultsExample }).superRefine(
    noRepeats('element'),
  ),
})
type AssessmentInput = z.infer<typeof assessmentInputSchema>

export const assessmentFields: FieldSpec[] = [
  jurisdictionRefField,
  {
    name: 'criterion',
    label: 'Criterion',
    kind: 'text',
    required: true,
    ref: 'criterion',
    help: '"<standard slug>/<criterion code>", e.g. lanzarote-23/23',
  },
  { name: 'status', label: 'Status', kind: 'select', options: optionsOf(assessmentStatusLabels), required: true },
  { name: 'score', label: 'Score', kind: 'number' },
  { name: 'rationale', label: 'Rationale', kind: 'textarea', required: true, long: true },
  { name: 'assessedOn', label: 'Assessed on', kind: 'date' },
  curatorNoteField,
  verificationField,
  {
    name: 'evidence',
    label: 'Evidence',
    kind: 'rows',
    itemLabel: 'piece of evidence',
    help: 'The provisions the assessment relies on, each as "<instrument or version URI>#<eId>", with an optional pinpoint and note.',
    columns: [
      {
        name: 'provision',
        label: 'Provision',
        kind: 'provision',
        required: true,
        help: 'e.g. /akn/gb/act/1978/37#sec_1',
      },
      { name: 'pinpoint', label: 'Pinpoint', kind: 'text', help: 'e.g. s. 1(1)(a)' },
      { name: 'note', label: 'Note', kind: 'text' },
    ],
  },
  {
    name: 'elementResults',
    label: 'Element results',
    kind: 'rows',
    itemLabel: 'element result',
    help: "One row per element of the criterion (see the standard's page), with the provision that meets it.",
    columns: [
      { name: 'element', label: 'Element', kind: 'element', required: true },
      { name: 'status', label: 'Status', kind: 'select', options: optionsOf(assessmentStatusLabels), required: true },
      { name: 'provision', label: 'Provision', kind: 'provision' },
      { name: 'pinpoint', label: 'Pinpoint', kind: 'text' },
      { name: 'note', label: 'Note', kind: 'text' },
      { name: 'curatorNote', label: 'Curator note (private)', kind: 'text' },
    ],
  },
]
