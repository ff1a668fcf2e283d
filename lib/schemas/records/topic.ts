import { z } from 'zod'
import { slugSchema } from '../common'
import { optionalFormat, optionalText, requiredFormat, requiredInt, requiredText } from '../fields'
import type { FieldSpec } from './form-fields'

/** A theme of the taxonomy (definitions, offences, platform duties …); `parent` is the enclosing topic's slug. */
export const topicInputSchema = z.object({
  slug: requiredFormat(slugSchema.max(100, 'At most 100 characters')),
  name: requiredText(200, 2),
  description: optionalText(2000),
  parent: optionalFormat(slugSchema),
  sortOrder: requiredInt(0, 100_000, 0),
})
type TopicInput = z.infer<typeof topicInputSchema>

export const topicFields: FieldSpec[] = [
  { name: 'slug', label: 'Slug', kind: 'text', required: true, help: 'e.g. offences.grooming' },
  { name: 'name', label: 'Name', kind: 'text', required: true },
  { name: 'description', label: 'Description', kind: 'textarea' },
  {
    name: 'parent',
    label: 'Parent topic (slug)',
    kind: 'text',
    ref: 'topic',
    help: 'The broader topic this one sits under; empty for a top-level topic.',
  },
  { name: 'sortOrder', label: 'Position among its siblings', kind: 'number', required: true },
]
