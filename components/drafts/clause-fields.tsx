import { CheckboxGroup, TextArea, TextField } from '@/components/forms/fields'
import type { DraftOptions } from '@/lib/data/drafts/find-draft-options'

/** Heading, text and links of a clause: the same fields to add a clause and to edit one. */
export function ClauseFields({
  options,
  defaults,
}: {
  options: DraftOptions
  defaults?: { heading: string | null; text: string; criteria: string[]; concepts: string[] }
}) {
  return (
    <>
      <TextField name="heading" label="Heading (optional)" defaultValue={defaults?.heading} />
      <TextArea name="text" label="Clause text" defaultValue={defaults?.text} rows={6} />
      <CheckboxGroup
        name="criteria"
        legend="Baseline criteria this clause implements"
        hint="The forecast judges each jurisdiction by LexBridge's assessment against these criteria."
        scroll
        defaultValues={defaults?.criteria}
        groups={options.standards
          .filter((s) => s.criteria.length)
          .map((s) => ({ title: s.name, options: s.criteria.map((c) => ({ value: c.id, label: c.label })) }))}
      />
      <CheckboxGroup
        name="concepts"
        legend="Legal concepts this clause defines or relies on"
        hint="Judged by each jurisdiction's legal definition; after saving you can say which features the definition must have."
        defaultValues={defaults?.concepts}
        groups={[{ options: options.concepts.map((c) => ({ value: c.id, label: c.name })) }]}
      />
    </>
  )
}
