import type { z } from 'zod'
import { ageBenchmarkFields, ageBenchmarkInputSchema } from './age-benchmark'
import { assessmentFields, assessmentInputSchema } from './assessment'
import { criterionFields, criterionInputSchema } from './criterion'
import { crosswalkFields, crosswalkInputSchema } from './crosswalk'
import { definitionFields, definitionInputSchema } from './definition'
import type { FieldSpec } from './form-fields'
import { instrumentFields, instrumentInputSchema } from './instrument'
import { instrumentVersionFields, instrumentVersionInputSchema } from './instrument-version'
import { jurisdictionFields, jurisdictionInputSchema } from './jurisdiction'
import { provisionFields, provisionInputSchema } from './provision'
import { reservationFields, reservationInputSchema } from './reservation'
import { standardFields, standardInputSchema } from './standard'
import { topicFields, topicInputSchema } from './topic'
import { treatyActionFields, treatyActionInputSchema } from './treaty-action'

/**
 * Every curated record type: its URL segment, its Revision.entityType (the Prisma model name),
 * the one zod input schema (form, action, API, CSV/JSON import) and how its form looks.
 * Client-safe; the database side of each type lives in lib/data/curation/record-configs.
 */
type Meta<S extends z.ZodType> = {
  key: string
  entityType: string
  label: string
  plural: string
  schema: S
  fields: FieldSpec[]
  /** fields that identify a record for people (and for import matching when no id is given) */
  naturalKey: string[]
}

function meta<S extends z.ZodType>(value: Meta<S>) {
  return value
}

export const recordTypes = {
  jurisdictions: meta({
    key: 'jurisdictions',
    entityType: 'Jurisdiction',
    label: 'Jurisdiction',
    plural: 'Jurisdictions',
    schema: jurisdictionInputSchema,
    fields: jurisdictionFields,
    naturalKey: ['code'],
  }),
  // Before provisions, which are tagged with topics (imports run in this order).
  topics: meta({
    key: 'topics',
    entityType: 'Topic',
    label: 'Topic',
    plural: 'Topics (taxonomy)',
    schema: topicInputSchema,
    fields: topicFields,
    naturalKey: ['slug'],
  }),
  instruments: meta({
    key: 'instruments',
    entityType: 'Instrument',
    label: 'Instrument',
    plural: 'Instruments',
    schema: instrumentInputSchema,
    fields: instrumentFields,
    naturalKey: ['uri'],
  }),
  versions: meta({
    key: 'versions',
    entityType: 'InstrumentVersion',
    label: 'Instrument version',
    plural: 'Instrument versions',
    schema: instrumentVersionInputSchema,
    fields: instrumentVersionFields,
    naturalKey: ['expressionUri'],
  }),
  provisions: meta({
    key: 'provisions',
    entityType: 'Provision',
    label: 'Provision',
    plural: 'Provisions',
    schema: provisionInputSchema,
    fields: provisionFields,
    naturalKey: ['version', 'eId'],
  }),
  definitions: meta({
    key: 'definitions',
    entityType: 'Definition',
    label: 'Definition',
    plural: 'Definitions',
    schema: definitionInputSchema,
    fields: definitionFields,
    naturalKey: ['jurisdiction', 'concept', 'term'],
  }),
  'age-benchmarks': meta({
    key: 'age-benchmarks',
    entityType: 'AgeBenchmark',
    label: 'Age benchmark',
    plural: 'Age benchmarks',
    schema: ageBenchmarkInputSchema,
    fields: ageBenchmarkFields,
    naturalKey: ['jurisdiction', 'kind', 'validFrom'],
  }),
  'treaty-actions': meta({
    key: 'treaty-actions',
    entityType: 'TreatyAction',
    label: 'Treaty action',
    plural: 'Treaty actions',
    schema: treatyActionInputSchema,
    fields: treatyActionFields,
    naturalKey: ['treaty', 'jurisdiction', 'action', 'actionDate'],
  }),
  reservations: meta({
    key: 'reservations',
    entityType: 'Reservation',
    label: 'Reservation',
    plural: 'Reservations',
    schema: reservationInputSchema,
    fields: reservationFields,
    naturalKey: ['treaty', 'jurisdiction', 'kind', 'articles'],
  }),
  standards: meta({
    key: 'standards',
    entityType: 'BaselineStandard',
    label: 'Baseline standard',
    plural: 'Baseline standards',
    schema: standardInputSchema,
    fields: standardFields,
    naturalKey: ['slug'],
  }),
  criteria: meta({
    key: 'criteria',
    entityType: 'Criterion',
    label: 'Criterion',
    plural: 'Criteria',
    schema: criterionInputSchema,
    fields: criterionFields,
    naturalKey: ['standard', 'code'],
  }),
  assessments: meta({
    key: 'assessments',
    entityType: 'Assessment',
    label: 'Assessment',
    plural: 'Assessments',
    schema: assessmentInputSchema,
    fields: assessmentFields,
    naturalKey: ['jurisdiction', 'criterion'],
  }),
  crosswalks: meta({
    key: 'crosswalks',
    entityType: 'Crosswalk',
    label: 'Crosswalk',
    plural: 'Crosswalks',
    schema: crosswalkInputSchema,
    fields: crosswalkFields,
    naturalKey: ['slug'],
  }),
}

export type RecordTypeKey = keyof typeof recordTypes
export type RecordInput<K extends RecordTypeKey> = z.infer<(typeof recordTypes)[K]['schema']>
export type AnyRecordMeta = (typeof recordTypes)[RecordTypeKey]

export const recordTypeKeys = Object.keys(recordTypes) as RecordTypeKey[]

export function isRecordTypeKey(value: unknown): value is RecordTypeKey {
  return typeof value === 'string' && Object.hasOwn(recordTypes, value)
}

export function recordTypeByEntity(entityType: string): AnyRecordMeta | undefined {
  return Object.values(recordTypes).find((meta) => meta.entityType === entityType)
}

/** zod issues → { field: [messages] } for forms and import rows. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : '_form'
    // Inside a list field: say which entry and which part ("entry 2, provision: Required").
    const inner = issue.path.slice(1).map((part) => (typeof part === 'number' ? `entry ${part + 1}` : String(part)))
    ;(out[key] ??= []).push(`${inner.length ? `${inner.join(', ')}: ` : ''}${readableMessage(issue)}`)
  }
  return out
}

/** zod's default for a missing value ("Invalid input: expected string, received undefined") says nothing to a curator. */
function readableMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received (undefined|null)$/.test(issue.message)) return 'Required'
  return issue.message
}
