import { ActionForm } from '@/components/forms/action-form'
import { SelectField, TextField } from '@/components/forms/fields'
import { describeFeature } from '@/lib/domain/drafts/feature-requirements'
import { conceptFeatureSchemas } from '@/lib/schemas/concept-features'
import type { FormAction } from './draft-actions'
import { DraftIds } from './draft-ids'

const choices = [
  { value: 'yes', label: 'Must cover / yes' },
  { value: 'no', label: 'Must not / no' },
]
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** Which features each jurisdiction's definition of the concept must have for the clause to count as met. */
export function LinkRequirementsForm({
  action,
  draftId,
  version,
  link,
}: {
  action: FormAction
  draftId: string
  version: number
  link: {
    id: string
    label: string
    concept: { slug: string; name: string } | null
    requiredFeatures: Record<string, boolean | number>
  }
}) {
  const schema = link.concept
    ? (conceptFeatureSchemas as Record<string, { shape: Record<string, unknown> }>)[link.concept.slug]
    : undefined
  if (!link.concept || !schema) return null
  return (
    <details className="mt-2 rounded-md border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-medium">
        Requirements for the definition of {link.concept.name.toLowerCase()}
      </summary>
      <ActionForm action={action} schema="linkRequirements" submitLabel="Save requirements" variant="secondary">
        <DraftIds draftId={draftId} version={version} />
        <input type="hidden" name="linkId" value={link.id} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          {Object.keys(schema.shape).map((feature) => {
            const current = link.requiredFeatures[feature]
            return feature === 'ageLimit' ? (
              <TextField
                key={feature}
                name={`feature.${feature}`}
                type="number"
                label="Protects persons under at least (years)"
                defaultValue={typeof current === 'number' ? current : ''}
                hint="Blank: no age requirement"
              />
            ) : (
              <SelectField
                key={feature}
                name={`feature.${feature}`}
                label={capitalise(describeFeature(feature))}
                options={choices}
                placeholder="No requirement"
                defaultValue={current === true ? 'yes' : current === false ? 'no' : ''}
              />
            )
          })}
        </div>
      </ActionForm>
    </details>
  )
}
