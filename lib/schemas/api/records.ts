import { z } from 'zod'
import { daySchema, partialDateSchema } from './envelope'
import { instrumentStatusParam, verificationParam } from './params'
import { jurisdictionKindParam } from '../browse'
import { instrumentKindParam } from '../instruments'

/**
 * The published records as the API returns them. Curator-only fields (notes, curator notes,
 * reviewer data, user ids, publication state) are not in these shapes, and the data functions
 * select field by field, so they cannot leak through a wider row.
 */
const textKind = z.enum(['verbatim', 'summary'])
const url = z.string().nullable()
const ref = z.object({ code: z.string(), name: z.string() })

export const jurisdictionItem = z.object({
  code: z.string(),
  name: z.string(),
  officialName: z.string().nullable(),
  kind: jurisdictionKindParam,
  iso3: z.string().nullable(),
  m49Code: z.string().nullable(),
  region: ref.nullable(),
  subregion: ref.nullable(),
  parent: z.string().nullable().describe('Code of the parent jurisdiction (a state, for a sub-national unit).'),
  sourceUrl: url,
  verification: verificationParam,
  counts: z.object({ instruments: z.number().int(), definitions: z.number().int(), ageBenchmarks: z.number().int() }),
})

const membership = z.object({
  code: z.string(),
  name: z.string(),
  joinedOn: daySchema.nullable(),
  leftOn: daySchema.nullable(),
})

export const instrumentItem = z.object({
  uri: z.string().describe('FRBR work URI, e.g. /akn/gb/act/2023/50'),
  jurisdiction: ref,
  kind: instrumentKindParam,
  title: z.string(),
  shortTitle: z.string().nullable(),
  officialCitation: z.string().nullable(),
  officialUrl: url,
  adoptedOn: daySchema.nullable(),
  inForceOn: daySchema.nullable(),
  repealedOn: daySchema.nullable(),
  status: instrumentStatusParam,
  summary: z.string().nullable(),
  language: z.string().nullable(),
  verification: verificationParam,
})

export const jurisdictionDetail = jurisdictionItem.extend({
  memberOf: z.array(membership),
  members: z.array(membership),
  instruments: z.array(instrumentItem.pick({ uri: true, kind: true, title: true, status: true })),
})

const versionItem = z.object({
  expressionUri: z.string(),
  language: z.string(),
  asAt: daySchema.nullable(),
  validFrom: daySchema.nullable(),
  validTo: daySchema.nullable(),
  title: z.string().nullable(),
  sourceUrl: url,
  verification: verificationParam,
})

const provisionFields = {
  eId: z.string(),
  num: z.string().nullable(),
  heading: z.string().nullable(),
  text: z.string(),
  textKind,
  citation: z.string(),
  sourceUrl: url,
  verification: verificationParam,
  topics: z.array(z.string()),
}

export type ProvisionNode = z.infer<z.ZodObject<typeof provisionFields>> & { children: ProvisionNode[] }
const provisionNode: z.ZodType<ProvisionNode> = z
  .object({
    ...provisionFields,
    get children() {
      return z.array(provisionNode)
    },
  })
  .meta({ id: 'ProvisionNode' })

export const instrumentDetail = instrumentItem.extend({
  versions: z.array(versionItem),
  expression: versionItem.nullable().describe('The version whose provisions are given.'),
  provisions: z.array(provisionNode).describe('The provision tree of that version, in document order.'),
})

export const provisionDetail = z.object({
  ...provisionFields,
  expressionUri: z.string(),
  instrument: z.object({ uri: z.string(), title: z.string() }),
  parent: z.string().nullable().describe('eId of the enclosing provision'),
  children: z.array(z.object({ eId: z.string(), num: z.string().nullable(), heading: z.string().nullable() })),
})

const provisionRef = z.object({ instrumentUri: z.string(), expressionUri: z.string(), eId: z.string() }).nullable()

export const definitionItem = z.object({
  id: z.string(),
  concept: z.object({ slug: z.string(), name: z.string() }),
  jurisdiction: ref,
  term: z.string(),
  text: z.string(),
  textKind,
  features: z.record(z.string(), z.unknown()),
  citation: z.string(),
  sourceUrl: url,
  language: z.string().nullable(),
  verification: verificationParam,
  provision: provisionRef,
})

export const ageItem = z.object({
  id: z.string(),
  kind: ref,
  jurisdiction: ref,
  age: z.number().int().nullable(),
  conditions: z.string().nullable(),
  citation: z.string(),
  sourceUrl: url,
  validFrom: daySchema.nullable(),
  validTo: daySchema.nullable(),
  verification: verificationParam,
  provision: provisionRef,
})

const treatyStatusValue = z.enum(['party', 'signatory', 'denounced', 'none'])

export const treatyItem = z.object({
  uri: z.string(),
  kind: instrumentKindParam,
  title: z.string(),
  shortTitle: z.string().nullable(),
  adoptedOn: daySchema.nullable(),
  inForceOn: daySchema.nullable(),
  status: instrumentStatusParam,
  depositary: ref.describe('The jurisdiction or organisation the treaty is filed under.'),
  asOf: daySchema,
  counts: z.object({ parties: z.number().int(), signatories: z.number().int(), denounced: z.number().int() }),
  reservationCount: z.number().int(),
})

const treatyAction = z.object({
  action: z.enum(['signature', 'ratification', 'accession', 'acceptance', 'approval', 'succession', 'denunciation']),
  date: partialDateSchema.nullable().describe('As precise as the source: "2012", "2011-05" or "2011-05-24".'),
  depositaryRef: z.string().nullable(),
  sourceUrl: url,
  lastVerifiedOn: daySchema.nullable(),
  verification: verificationParam,
})

export const treatyStatusDetail = z.object({
  treaty: treatyItem.omit({ counts: true, reservationCount: true, asOf: true }),
  asOf: daySchema,
  participants: z.array(
    z.object({
      jurisdiction: ref,
      status: treatyStatusValue,
      since: partialDateSchema.nullable(),
      actions: z.array(treatyAction),
      reservations: z.array(
        z.object({
          kind: z.enum(['reservation', 'declaration', 'interpretative-declaration', 'notification']),
          articles: z.array(z.string()),
          text: z.string(),
          textKind,
          madeOn: daySchema.nullable(),
          withdrawnOn: daySchema.nullable(),
          sourceUrl: url,
          verification: verificationParam,
        }),
      ),
    }),
  ),
})

export const standardItem = z.object({
  slug: z.string(),
  name: z.string(),
  issuer: z.string(),
  edition: z.string().nullable(),
  description: z.string().nullable(),
  sourceUrl: url,
  publishedOn: daySchema.nullable(),
  verification: verificationParam,
  instrumentUri: z.string().nullable(),
  criteria: z.array(z.object({ code: z.string(), title: z.string(), articleRef: z.string().nullable() })),
  assessmentCount: z.number().int(),
})

const assessmentStatus = z.enum(['met', 'partial', 'not-met', 'reserved', 'unknown'])
export const assessmentItem = z.object({
  id: z.string(),
  jurisdiction: ref,
  criterion: z.object({ code: z.string(), title: z.string() }),
  status: assessmentStatus,
  score: z.number().int().nullable(),
  rationale: z.string().describe("LexBridge's own analysis, not the standard issuer's."),
  assessedOn: daySchema.nullable(),
  verification: verificationParam,
  evidence: z.array(z.object({ provision: provisionRef, citation: z.string(), pinpoint: z.string().nullable() })),
  elements: z.array(
    z.object({ code: z.string(), status: assessmentStatus, provision: provisionRef, pinpoint: z.string().nullable() }),
  ),
})

export const changeItem = z.object({
  recordType: z.string(),
  id: z.string(),
  uri: z.string().nullable().describe('The public URI or key of the record, when it has one.'),
  kind: z.enum(['created', 'updated', 'deleted']),
  date: z.string().describe('ISO 8601 instant'),
  summary: z.string(),
})
