/**
 * How a record field is shown in the admin form. Kept beside the zod schemas (no server imports)
 * so the one generic form can render any record type. `ref` names a list of existing values
 * offered as suggestions (a <datalist>), loaded on the server.
 */
export type RefList =
  'jurisdiction' | 'instrument' | 'treaty' | 'concept' | 'ageKind' | 'standard' | 'topic' | 'criterion'

export type FieldSpec = {
  name: string
  label: string
  kind: 'text' | 'textarea' | 'select' | 'date' | 'number' | 'list' | 'json' | 'url' | 'rows'
  required?: boolean
  help?: string
  options?: readonly { value: string; label: string }[]
  ref?: RefList
  /** law text: shown in a taller textarea, diffed word by word */
  long?: boolean
  /** kind 'rows': a list of records edited as rows (add / remove), sent as a JSON list */
  columns?: RowColumn[]
  /** kind 'rows': what one row is, for buttons and messages ("piece of evidence") */
  itemLabel?: string
}

/**
 * One column of a 'rows' field. 'provision' is typed as "<uri>#<eId>" and looked up as soon as
 * it is typed; 'element' picks one of the criterion's element codes (typed while the criterion
 * is not known yet).
 */
export type RowColumn = {
  name: string
  label: string
  kind: 'text' | 'select' | 'provision' | 'element'
  required?: boolean
  help?: string
  options?: readonly { value: string; label: string }[]
  ref?: RefList
}

const verificationOptions = [
  { value: 'NEEDS_REVIEW', label: 'Needs review' },
  { value: 'VERIFIED', label: 'Verified against the source' },
] as const

export const textKindOptions = [
  { value: 'SUMMARY', label: 'Summary' },
  { value: 'VERBATIM', label: 'Verbatim text' },
] as const

export function optionsOf(labels: Record<string, string>) {
  return Object.entries(labels).map(([value, label]) => ({ value, label }))
}

export const verificationField: FieldSpec = {
  name: 'verification',
  label: 'Verification',
  kind: 'select',
  options: verificationOptions,
  required: true,
}
export const curatorNoteField: FieldSpec = {
  name: 'curatorNote',
  label: 'Curator note (private)',
  kind: 'textarea',
  help: 'Working notes for curators ("date not found on the chart"). Never shown on public pages, in the API or in exports.',
}
export const sourceUrlField: FieldSpec = {
  name: 'sourceUrl',
  label: 'Official source URL',
  kind: 'url',
  help: 'A full http(s) address of the official text.',
}
export const citationField: FieldSpec = {
  name: 'citation',
  label: 'Citation',
  kind: 'text',
  required: true,
  help: 'Pinpoint citation, e.g. "Online Safety Act 2023, s. 10(3)".',
}
export const jurisdictionRefField: FieldSpec = {
  name: 'jurisdiction',
  label: 'Jurisdiction code',
  kind: 'text',
  required: true,
  ref: 'jurisdiction',
  help: 'ISO code such as GB or US-CA, or an organisation code such as EU.',
}
export const provisionRefField: FieldSpec = {
  name: 'provision',
  label: 'Provision',
  kind: 'text',
  help: '"<instrument or version URI>#<eId>", e.g. /akn/gb/act/2023/50#sec_10.',
}

/** The suggestion lists a form needs: its fields' and its row columns'. */
export function refListsOf(fields: FieldSpec[]): RefList[] {
  return [
    ...new Set(fields.flatMap((f) => [f.ref, ...(f.columns ?? []).map((c) => c.ref)].filter((r): r is RefList => !!r))),
  ]
}
