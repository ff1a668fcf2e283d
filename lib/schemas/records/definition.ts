import { z } from 'zod'
import { slugSchema } from '../common'
import { parseConceptFeatures } from '../concept-features'
import { jsonObjectField, optionalFormat, requiredFormat, requiredText } from '../fields'
import { jurisdictionRef, optionalProvisionRef, sourceUrl, textKind, verification, curatorNote } from './shared'
import {
  curatorNoteField,
  citationField,
  jurisdictionRefField,
  provisionRefField,
  sourceUrlField,
  textKindOptions,
  verificationField,
  type FieldSpec,
} from './form-fields'

export const definitionInputSchema = z
  .object({
    concept: requiredFormat(slugSchema),
    jurisdiction: jurisdictionRef,
    provision: optionalProvisionRef,
    term: requiredText(300),
    text: requiredText(8000),
    textKind,
    features: jsonObjectField,
    citation: requiredText(500, 3),
    sourceUrl,
    language: optionalFormat(z.string().regex(/^[a-z]{3}$/, 'Use an ISO 639-3 code such as eng')),
    curatorNote,
    verification,
  })
  .superRefine((definition, ctx) => {
    const parsed = parseConceptFeatures(definition.concept, definition.features)
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        ctx.addIssue({
          code: 'custom',
          path: ['features'],
          message: `${issue.path.join('.') || 'features'}: ${issue.message}`,
        })
    }
  })
type DefinitionInput = z.infer<typeof definitionInputSchema>

export const definitionFields: FieldSpec[] = [
  {
    name: 'concept',
    label: 'Concept',
    kind: 'text',
    required: true,
    ref: 'concept',
    help: 'Concept slug, e.g. child, csam, grooming.',
  },
  jurisdictionRefField,
  provisionRefField,
  { name: 'term', label: 'Term as written in the law', kind: 'text', required: true },
  { name: 'text', label: 'Definition text', kind: 'textarea', required: true, long: true },
  { name: 'textKind', label: 'Text kind', kind: 'select', options: textKindOptions, required: true },
  {
    name: 'features',
    label: 'Structured features (JSON)',
    kind: 'json',
    help: 'Checked against the concept’s feature list, e.g. {"ageLimit": 18}.',
  },
  citationField,
  sourceUrlField,
  { name: 'language', label: 'Language (ISO 639-3)', kind: 'text' },
  curatorNoteField,
  verificationField,
]
