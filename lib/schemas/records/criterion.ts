import { z } from 'zod'
import { slugSchema } from '../common'
import {
  enumField,
  optionalFormat,
  optionalInt,
  optionalText,
  requiredFormat,
  requiredInt,
  requiredText,
} from '../fields'
import { optionalProvisionRef, verification } from './shared'
import { optionsOf, provisionRefField, verificationField, type FieldSpec } from './form-fields'

export const criterionInputSchema = z.object({
  standard: requiredFormat(slugSchema),
  code: requiredFormat(
    z
      .string()
      .max(40, 'At most 40 characters')
      .regex(/^[A-Za-z0-9.()-]+$/, 'Letters, digits, dots, hyphens and brackets only'),
  ),
  title: requiredText(300, 3),
  text: requiredText(4000, 3),
  topic: optionalFormat(slugSchema),
  scoring: enumField(['PASS_FAIL', 'SCORE'], 'PASS_FAIL'),
  maxScore: optionalInt(1, 100),
  articleRef: optionalText(200),
  sourceProvision: optionalProvisionRef,
  sufficiencyGroup: optionalText(60),
  sortOrder: requiredInt(0, 100_000, 0),
  verification,
})
type CriterionInput = z.infer<typeof criterionInputSchema>

export const criterionFields: FieldSpec[] = [
  { name: 'standard', label: 'Standard (slug)', kind: 'text', required: true, ref: 'standard' },
  { name: 'code', label: 'Code', kind: 'text', required: true, help: 'e.g. 20(1)(a)' },
  { name: 'title', label: 'Title', kind: 'text', required: true },
  { name: 'text', label: 'Text', kind: 'textarea', required: true, long: true },
  { name: 'topic', label: 'Topic (slug)', kind: 'text', ref: 'topic' },
  {
    name: 'scoring',
    label: 'Scoring',
    kind: 'select',
    options: optionsOf({ PASS_FAIL: 'Pass / fail', SCORE: 'Score' }),
    required: true,
  },
  { name: 'maxScore', label: 'Maximum score', kind: 'number' },
  { name: 'articleRef', label: 'Article reference', kind: 'text' },
  { ...provisionRefField, name: 'sourceProvision', label: 'Source provision' },
  { name: 'sufficiencyGroup', label: 'Sufficiency group', kind: 'text' },
  { name: 'sortOrder', label: 'Position', kind: 'number', required: true },
  verificationField,
]
