import { z } from 'zod'
import { slugSchema, workUriSchema } from '../common'
import { compareByValues, criterionRefSchema, MAX_COMPARE_JURISDICTIONS, provisionIdSchema } from '../compare'
import { gapApiParamsSchema, gapMatrixResponseSchema } from '../gaps'
import { searchParamsSchema } from '../search'
import { itemEnvelope, listEnvelope, paginationParams } from './envelope'
import * as q from './params'
import * as r from './records'

/**
 * Every /api/v1 route: its path, what it does, the zod schema that validates its query and the
 * zod schema of its body. The route handlers validate with these, /api/v1/openapi.json is
 * generated from them, and the contract test checks real responses against that document.
 */
export type ApiPathParam = { name: string; description: string; example: string }
export type ApiRoute = {
  id: string
  path: string
  summary: string
  description?: string
  tag: 'Records' | 'Search and compare' | 'Changes' | 'About the API'
  pathParams?: ApiPathParam[]
  query: z.ZodObject
  response: z.ZodType
  /** The route also answers format=csv with a CSV file. */
  csv?: boolean
  /** An example request path (with query) for the docs page and the contract test. */
  example: string
}

const compareJurisdictions = z
  .array(
    z
      .string()
      .trim()
      .transform((value) => value.toUpperCase())
      .pipe(q.jurisdictionsParam.unwrap().element),
  )
  .min(1, 'Give 1 to 8 jurisdictions as repeated jurisdiction parameters, e.g. jurisdiction=GB&jurisdiction=DE')
  .max(MAX_COMPARE_JURISDICTIONS, `A comparison shows at most ${MAX_COMPARE_JURISDICTIONS} jurisdictions`)
const format = z.enum(['json', 'csv']).default('json')

const searchQuery = searchParamsSchema
  .omit({ page: true })
  .extend(paginationParams)
  .extend({ jurisdiction: searchParamsSchema.shape.jurisdiction })
  .strict()

export const compareQuery = z
  .object({
    jurisdiction: compareJurisdictions,
    by: z.enum(compareByValues).default('topic'),
    topic: slugSchema.optional(),
    concept: slugSchema.optional(),
    criterion: criterionRefSchema.optional().describe('<standard slug>/<criterion code>, needed with by=criterion'),
    column: workUriSchema.optional().describe('Work URI of an international instrument shown as an extra column'),
    format,
  })
  .strict()
  .refine((value) => value.by !== 'criterion' || value.criterion, {
    path: ['criterion'],
    message: 'Comparing by criterion needs criterion=<standard>/<code>, e.g. lanzarote-23/23',
  })

const compareDefinitionsQuery = z
  .object({ concept: slugSchema, jurisdiction: compareJurisdictions, column: workUriSchema.optional(), format })
  .strict()
const compareAgesQuery = z.object({ jurisdiction: compareJurisdictions, format }).strict()
const compareDiffQuery = z.object({ a: provisionIdSchema, b: provisionIdSchema }).strict()
const gapsQuery = gapApiParamsSchema.strict()

const loose = (shape: z.ZodRawShape) => z.object(shape).loose()

const searchResponse = itemEnvelope(
  loose({
    query: z.record(z.string(), z.unknown()),
    engine: z.string(),
    total: z.number().int(),
    correctedQuery: z.string().nullable(),
    hits: z.array(
      loose({
        id: z.string(),
        type: z.string(),
        snippet: z.object({ text: z.string(), highlights: z.array(z.object({ start: z.number(), end: z.number() })) }),
      }),
    ),
    facets: z.record(z.string(), z.unknown()),
  }),
).extend({ page: listEnvelope(z.unknown()).shape.page })

const compareColumn = loose({
  key: z.string(),
  kind: z.enum(['jurisdiction', 'instrument']),
  code: z.string(),
  name: z.string(),
})

const uriParam = (what: string, example: string): ApiPathParam => ({
  name: 'uri',
  description: `${what} without its leading slash; its own slashes stay as they are (not %2F).`,
  example,
})

export const apiRoutes = [
  {
    id: 'listJurisdictions',
    path: '/api/v1/jurisdictions',
    summary: 'States, sub-national units and organisations',
    tag: 'Records',
    query: q.jurisdictionListQuery,
    response: listEnvelope(r.jurisdictionItem),
    example: '/api/v1/jurisdictions?kind=state&limit=2',
  },
  {
    id: 'getJurisdiction',
    path: '/api/v1/jurisdictions/{code}',
    summary: 'One jurisdiction with its memberships and instruments',
    tag: 'Records',
    pathParams: [
      { name: 'code', description: 'ISO 3166 code (GB, US-CA) or organisation code (EU, COE).', example: 'GB' },
    ],
    query: q.emptyQuery,
    response: itemEnvelope(r.jurisdictionDetail),
    example: '/api/v1/jurisdictions/GB',
  },
  {
    id: 'listInstruments',
    path: '/api/v1/instruments',
    summary: 'Statutes, codes, treaties, directives and model laws',
    tag: 'Records',
    query: q.instrumentListQuery,
    response: listEnvelope(r.instrumentItem),
    example: '/api/v1/instruments?jurisdiction=GB&inForceOn=2024-01-01',
  },
  {
    id: 'getInstrument',
    path: '/api/v1/instruments/{uri}',
    summary: 'One instrument (work or expression URI) with its versions and provision tree',
    tag: 'Records',
    pathParams: [
      uriParam('The FRBR work URI (or an expression URI, which selects that version)', 'akn/gb/act/2023/50'),
    ],
    query: q.instrumentQuery,
    response: itemEnvelope(r.instrumentDetail),
    example: '/api/v1/instruments/akn/gb/act/2023/50',
  },
  {
    id: 'getProvision',
    path: '/api/v1/provisions/{uri}/{eId}',
    summary: 'One provision of an instrument version',
    tag: 'Records',
    pathParams: [
      uriParam('The expression URI', 'akn/gb/act/2023/50/eng@2026-11-25'),
      { name: 'eId', description: 'Akoma Ntoso element id', example: 'sec_10' },
    ],
    query: q.emptyQuery,
    response: itemEnvelope(r.provisionDetail),
    example: '/api/v1/provisions/akn/gb/act/2023/50/eng@2026-11-25/sec_10',
  },
  {
    id: 'listDefinitions',
    path: '/api/v1/definitions',
    summary: 'Legal definitions of shared concepts (child, CSAM, grooming …)',
    tag: 'Records',
    query: q.definitionListQuery,
    response: listEnvelope(r.definitionItem),
    example: '/api/v1/definitions?concept=child&jurisdiction=GB',
  },
  {
    id: 'listAges',
    path: '/api/v1/ages',
    summary: 'Age benchmarks (majority, sexual consent, criminal responsibility …)',
    tag: 'Records',
    query: q.ageListQuery,
    response: listEnvelope(r.ageItem),
    example: '/api/v1/ages?kind=sexual-consent&asOf=2025-01-01',
  },
  {
    id: 'listTreaties',
    path: '/api/v1/treaties',
    summary: 'Treaties and protocols with party and signatory counts',
    tag: 'Records',
    query: q.treatyListQuery,
    response: listEnvelope(r.treatyItem),
    example: '/api/v1/treaties',
  },
  {
    id: 'getTreatyStatus',
    path: '/api/v1/treaties/{uri}/status',
    summary: "A treaty's participants, their actions and reservations",
    tag: 'Records',
    pathParams: [uriParam('The treaty work URI', 'akn/coe/treaty/2007/cets-201')],
    query: q.treatyStatusQuery,
    response: itemEnvelope(r.treatyStatusDetail),
    example: '/api/v1/treaties/akn/coe/treaty/2007/cets-201/status',
  },
  {
    id: 'listStandards',
    path: '/api/v1/standards',
    summary: 'Baseline standards and their criteria',
    tag: 'Records',
    query: q.standardListQuery,
    response: listEnvelope(r.standardItem),
    example: '/api/v1/standards',
  },
  {
    id: 'listAssessments',
    path: '/api/v1/standards/{slug}/assessments',
    summary: "LexBridge's assessments of jurisdictions against a standard's criteria",
    tag: 'Records',
    pathParams: [{ name: 'slug', description: 'The standard slug', example: 'lanzarote-23' }],
    query: q.assessmentListQuery,
    response: listEnvelope(r.assessmentItem),
    example: '/api/v1/standards/lanzarote-23/assessments?jurisdiction=GB',
  },
  {
    id: 'listChanges',
    path: '/api/v1/changes',
    summary: 'Published changes since a date, newest last',
    tag: 'Changes',
    query: q.changesQuery,
    response: listEnvelope(r.changeItem),
    example: '/api/v1/changes?since=2026-01-01',
  },
  {
    id: 'search',
    path: '/api/v1/search',
    summary: 'Full-text search over provisions, definitions, instruments and jurisdictions',
    description: 'Give q or at least one filter. Paged by cursor like every list; see docs/search.md.',
    tag: 'Search and compare',
    query: searchQuery,
    response: searchResponse,
    example: '/api/v1/search?q=grooming&limit=5',
  },
  {
    id: 'compare',
    path: '/api/v1/compare',
    summary: 'Jurisdictions side by side by topic, concept or baseline criterion',
    tag: 'Search and compare',
    query: compareQuery,
    response: itemEnvelope(
      loose({
        by: z.enum(compareByValues),
        asOf: z.string(),
        columns: z.array(compareColumn),
        notFound: z.array(z.string()),
        rows: z.array(z.unknown()),
      }),
    ),
    csv: true,
    example: '/api/v1/compare?jurisdiction=GB&jurisdiction=DE&by=topic',
  },
  {
    id: 'compareDefinitions',
    path: '/api/v1/compare/definitions',
    summary: "Jurisdictions' definitions of one concept and their feature table",
    tag: 'Search and compare',
    query: compareDefinitionsQuery,
    response: itemEnvelope(
      loose({ concept: loose({ slug: z.string(), name: z.string() }), columns: z.array(compareColumn) }),
    ),
    csv: true,
    example: '/api/v1/compare/definitions?concept=child&jurisdiction=GB&jurisdiction=DE',
  },
  {
    id: 'compareAges',
    path: '/api/v1/compare/ages',
    summary: 'Age benchmarks in force and the age-consistency check',
    tag: 'Search and compare',
    query: compareAgesQuery,
    response: itemEnvelope(
      loose({
        asOf: z.string(),
        kinds: z.array(z.unknown()),
        jurisdictions: z.array(loose({ column: compareColumn })),
      }),
    ),
    csv: true,
    example: '/api/v1/compare/ages?jurisdiction=GB&jurisdiction=DE',
  },
  {
    id: 'compareDiff',
    path: '/api/v1/compare/diff',
    summary: 'Two provisions and a word-level diff',
    tag: 'Search and compare',
    query: compareDiffQuery,
    response: itemEnvelope(loose({ a: z.unknown(), b: z.unknown(), segments: z.array(z.unknown()) })),
    example: '/api/v1/compare/diff?a=<provision id>&b=<provision id>',
  },
  {
    id: 'gaps',
    path: '/api/v1/gaps',
    summary: 'Gap matrix: jurisdictions × criteria of a baseline standard',
    tag: 'Search and compare',
    query: gapsQuery,
    response: itemEnvelope(gapMatrixResponseSchema),
    csv: true,
    example: '/api/v1/gaps?standard=lanzarote-23',
  },
] as const satisfies readonly ApiRoute[]

export type ApiRouteId = (typeof apiRoutes)[number]['id']
export function apiRoute<Id extends ApiRouteId>(id: Id): Extract<(typeof apiRoutes)[number], { id: Id }> {
  return apiRoutes.find((route) => route.id === id) as Extract<(typeof apiRoutes)[number], { id: Id }>
}
