import { z } from 'zod'
import { slugSchema } from '../common'
import { jsonListField, optionalFormat, optionalText, requiredFormat, requiredText } from '../fields'
import { criterionRefPattern, optionalProvisionRef } from './shared'
import type { FieldSpec } from './form-fields'
import { noRepeats } from './rows'

/** One member of a crosswalk: a provision ("<uri>#<eId>") or a criterion ("<standard>/<code>"), not both. */
const crosswalkEntryItem = z
  .strictObject({
    provision: optionalProvisionRef,
    criterion: optionalFormat(criterionRefPattern),
    note: optionalText(1000),
  })
  .superRefine((entry, ctx) => {
    if (Boolean(entry.provision) === Boolean(entry.criterion))
      ctx.addIssue({ code: 'custom', path: ['provision'], message: 'Give a provision or a criterion (one of the two)' })
  })
const entriesExample = '[{"provision": "/akn/gb/act/2003/42#sec_15", "note": null}, {"criterion": "lanzarote-23/23"}]'

/** A group of equivalent articles or criteria across instruments (e.g. Lanzarote 23 ↔ Directive 2011/93/EU art. 6). */
export const crosswalkInputSchema = z.object({
  slug: requiredFormat(slugSchema.max(100, 'At most 100 characters')),
  label: requiredText(300, 3),
  note: optionalText(2000),
  /** Absent (an import without the column): the recorded entries stay; present: they are replaced. */
  entries: jsonListField(crosswalkEntryItem, { max: 100, example: entriesExample }).superRefine((items, ctx) => {
    noRepeats('provision')(items, ctx)
    noRepeats('criterion')(items, ctx)
  }),
})
type CrosswalkInput = z.infer<typeof crosswalkInputSchema>

export const crosswalkFields: FieldSpec[] = [
  { name: 'slug', label: 'Slug', kind: 'text', required: true, help: 'e.g. solicitation-grooming' },
  { name: 'label', label: 'Label', kind: 'text', required: true },
  { name: 'note', label: 'Note', kind: 'textarea', help: 'A summary in our own words of what the articles share.' },
  {
    name: 'entries',
    label: 'Equivalent articles',
    kind: 'rows',
    itemLabel: 'article',
    help: 'Each row is a provision ("<instrument or version URI>#<eId>") or a criterion ("<standard slug>/<criterion code>").',
    columns: [
      {
        name: 'provision',
        label: 'Provision',
        kind: 'provision',
        help: 'e.g. /akn/gb/act/2003/42#sec_15',
      },
      { name: 'criterion', label: 'Criterion', kind: 'text', ref: 'criterion', help: 'e.g. lanzarote-23/23' },
      { name: 'note', label: 'Note', kind: 'text' },
    ],
  },
]
