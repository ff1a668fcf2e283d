import { z } from 'zod'
import {
  eIdSchema,
  httpUrlSchema,
  isoDateSchema,
  jurisdictionCodeSchema,
  provisionRefSchema,
  slugSchema,
  textKindSchema,
  verificationSchema,
  workUriSchema,
} from './common'
import { parseConceptFeatures } from './concept-features'

/**
 * The shape of LexBridge's version-controlled dataset (prisma/data/**.json).
 * The seed (lib/seed) and `npm run data:check` both parse files with these schemas.
 * Honesty rules: never invent a statute, section, date or quotation; "verbatim" only where the
 * wording is certain; every record cites its source; "needs-review" where not checked.
 */

const cited = {
  citation: z.string().min(3).max(500),
  sourceUrl: httpUrlSchema,
  verification: verificationSchema,
}

const instrumentKindSchema = z.enum([
  'constitution',
  'statute',
  'code',
  'regulation',
  'treaty',
  'protocol',
  'directive',
  'eu-regulation',
  'model-law',
  'guideline',
])
const instrumentStatusSchema = z.enum([
  'in-force',
  'partly-in-force',
  'not-yet-in-force',
  'enjoined',
  'repealed',
  'draft',
  'not-applicable',
])
export const ageBenchmarkKindCodeSchema = z.string().regex(/^[a-z]+(-[a-z]+)*$/)

/** Curator-only working note ("date not found on the chart"); the data check keeps such phrases out of public fields. */
const curatorNoteSchema = z.string().max(2000).optional()

export type DataProvision = {
  eId: string
  num?: string
  heading?: string
  text: string
  textKind: 'verbatim' | 'summary'
  curatorNote?: string
  citation: string
  sourceUrl?: string
  verification: 'verified' | 'needs-review'
  topics?: string[]
  children?: DataProvision[]
}

const dataProvisionSchema: z.ZodType<DataProvision> = z.lazy(() =>
  z.strictObject({
    eId: eIdSchema,
    num: z.string().max(60).optional(),
    heading: z.string().max(500).optional(),
    text: z.string().min(1).max(20000),
    textKind: textKindSchema,
    curatorNote: curatorNoteSchema,
    citation: z.string().min(3).max(500),
    sourceUrl: httpUrlSchema.optional(),
    verification: verificationSchema,
    topics: z.array(slugSchema).optional(),
    children: z.array(dataProvisionSchema).optional(),
  }),
)

export const dataInstrumentSchema = z.strictObject({
  uri: workUriSchema,
  /** issuing jurisdiction or organisation code */
  jurisdiction: jurisdictionCodeSchema,
  kind: instrumentKindSchema,
  title: z.string().min(3).max(500),
  shortTitle: z.string().max(200).optional(),
  officialCitation: z.string().max(300).optional(),
  officialUrl: httpUrlSchema,
  /** The official machine-readable text (legislation.gov.uk data.akn, EUR-Lex Formex …), fetched by sources:sync */
  officialTextUrl: httpUrlSchema.optional(),
  adoptedOn: isoDateSchema.optional(),
  inForceOn: isoDateSchema.optional(),
  repealedOn: isoDateSchema.optional(),
  status: instrumentStatusSchema,
  /** ISO 639-3 language of the text summarised or quoted (eng, fra, deu …) */
  language: z.string().regex(/^[a-z]{3}$/),
  summary: z.string().max(4000).optional(),
  curatorNote: curatorNoteSchema,
  verification: verificationSchema,
  version: z
    .strictObject({
      asAt: isoDateSchema.optional(),
      validFrom: isoDateSchema.optional(),
      validTo: isoDateSchema.optional(),
      sourceUrl: httpUrlSchema.optional(),
      note: z.string().max(1000).optional(),
      curatorNote: curatorNoteSchema,
    })
    .optional(),
  provisions: z.array(dataProvisionSchema).default([]),
})
export type DataInstrument = z.infer<typeof dataInstrumentSchema>

const dataDefinitionSchema = z
  .strictObject({
    concept: slugSchema,
    term: z.string().min(1).max(300),
    text: z.string().min(1).max(8000),
    textKind: textKindSchema,
    provision: provisionRefSchema.optional(),
    features: z.record(z.string(), z.unknown()).default({}),
    language: z
      .string()
      .regex(/^[a-z]{3}$/)
      .optional(),
    /** Curator-only working note: shown in /admin, never published */
    curatorNote: curatorNoteSchema,
    ...cited,
  })
  .superRefine((definition, ctx) => {
    const parsed = parseConceptFeatures(definition.concept, definition.features)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        ctx.addIssue({ code: 'custom', path: ['features', ...issue.path.map(String)], message: issue.message })
      }
    }
  })

export const dataAgeBenchmarkSchema = z.strictObject({
  kind: ageBenchmarkKindCodeSchema,
  /** null when the law sets no such age; say why in conditions */
  age: z.number().int().min(0).max(25).nullable(),
  conditions: z.string().max(2000).optional(),
  curatorNote: curatorNoteSchema,
  provision: provisionRefSchema.optional(),
  validFrom: isoDateSchema.optional(),
  validTo: isoDateSchema.optional(),
  /** The date the age and citation were compared with an official text (required for "verified" sub-national ages) */
  lastVerifiedOn: isoDateSchema.optional(),
  ...cited,
})

const assessmentStatusSchema = z.enum(['met', 'partial', 'not-met', 'reserved', 'unknown'])

const dataAssessmentSchema = z.strictObject({
  /** "<standard slug>/<criterion code>" */
  criterion: z.string().regex(/^[a-z0-9.-]+\/[A-Za-z0-9.()-]+$/),
  status: assessmentStatusSchema,
  score: z.number().int().min(0).max(100).optional(),
  rationale: z.string().min(10).max(4000),
  /** Curator-only working note: shown in /admin, never published */
  curatorNote: curatorNoteSchema,
  assessedOn: isoDateSchema.optional(),
  evidence: z
    .array(
      z.strictObject({
        provision: provisionRefSchema,
        pinpoint: z.string().max(200).optional(),
        note: z.string().max(1000).optional(),
      }),
    )
    .default([]),
  elements: z
    .array(
      z.strictObject({
        code: z.string().min(1).max(40),
        status: assessmentStatusSchema,
        provision: provisionRefSchema.optional(),
        pinpoint: z.string().max(200).optional(),
        note: z.string().max(1000).optional(),
        curatorNote: curatorNoteSchema,
      }),
    )
    .default([]),
  verification: verificationSchema,
})

/** prisma/data/jurisdictions/<CODE>.json: one jurisdiction's law. */
export const dataJurisdictionLawSchema = z.strictObject({
  jurisdiction: jurisdictionCodeSchema,
  instruments: z.array(dataInstrumentSchema).default([]),
  definitions: z.array(dataDefinitionSchema).default([]),
  ageBenchmarks: z.array(dataAgeBenchmarkSchema).default([]),
  assessments: z.array(dataAssessmentSchema).default([]),
})
type DataJurisdictionLaw = z.infer<typeof dataJurisdictionLawSchema>

const treatyActionTypeSchema = z.enum([
  'signature',
  'ratification',
  'accession',
  'acceptance',
  'approval',
  'succession',
  'denunciation',
])

/** prisma/data/treaties/<slug>.json: treaty actions and reservations for one treaty. */
export const dataTreatyFileSchema = z.strictObject({
  treaty: workUriSchema,
  /** Date of the depositary's status page these actions were compared with ("status as at") */
  statusAsOf: isoDateSchema.optional(),
  /** The depositary's status page (UN Treaty Collection, CoE chart, AU list, verdragen.nl …) */
  statusSourceUrl: httpUrlSchema.optional(),
  actions: z
    .array(
      z.strictObject({
        jurisdiction: jurisdictionCodeSchema,
        action: treatyActionTypeSchema,
        /** YYYY-MM-DD, YYYY-MM or YYYY, matching datePrecision */
        date: z
          .string()
          .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
          .optional(),
        datePrecision: z.enum(['day', 'month', 'year']).default('day'),
        /** Entry into force for this party, when the depositary gives it (on the consent action) */
        entryIntoForce: isoDateSchema.optional(),
        depositaryRef: z.string().max(300).optional(),
        /** Public remark shown with the action (e.g. "in respect of Greenland"); never working notes */
        note: z.string().max(2000).optional(),
        /** Curator-only working note ("date not found on the chart"): shown in /admin, never published */
        curatorNote: curatorNoteSchema,
        sourceUrl: httpUrlSchema,
        lastVerifiedOn: isoDateSchema.optional(),
        verification: verificationSchema,
      }),
    )
    .default([]),
  reservations: z
    .array(
      z.strictObject({
        jurisdiction: jurisdictionCodeSchema,
        kind: z.enum(['reservation', 'declaration', 'interpretative-declaration', 'notification']),
        /** treaty articles concerned, e.g. ["20(3)", "24(3)"] */
        articles: z.array(z.string().regex(/^[0-9]+[A-Za-z]?(\([0-9a-z]+\))*$/)).min(1),
        text: z.string().min(1).max(8000),
        textKind: textKindSchema,
        madeOn: isoDateSchema.optional(),
        withdrawnOn: isoDateSchema.optional(),
        /** Curator-only working note, never published */
        curatorNote: curatorNoteSchema,
        sourceUrl: httpUrlSchema,
        verification: verificationSchema,
      }),
    )
    .default([]),
})

const dataCriterionSchema = z.strictObject({
  code: z
    .string()
    .regex(/^[A-Za-z0-9.()-]+$/)
    .max(40),
  title: z.string().min(3).max(300),
  text: z.string().min(3).max(4000),
  topic: slugSchema.optional(),
  scoring: z.enum(['pass-fail', 'score']).default('pass-fail'),
  maxScore: z.number().int().min(1).max(100).optional(),
  articleRef: z.string().max(200).optional(),
  sourceProvision: provisionRefSchema.optional(),
  sufficiencyGroup: z.string().max(60).optional(),
  verification: verificationSchema,
  elements: z
    .array(
      z.strictObject({
        code: z
          .string()
          .regex(/^[A-Za-z0-9.()-]+$/)
          .max(40),
        text: z.string().min(3).max(2000),
        articleRef: z.string().max(200).optional(),
        reservableArticle: z.string().max(40).optional(),
        derivationRule: z.string().max(80).optional(),
        curatorNote: curatorNoteSchema,
      }),
    )
    .default([]),
})

/** prisma/data/standards/<slug>.json: a baseline standard (rubric). */
export const dataStandardSchema = z.strictObject({
  slug: slugSchema,
  name: z.string().min(3).max(300),
  issuer: z.string().min(2).max(200),
  edition: z.string().max(100).optional(),
  description: z.string().max(4000).optional(),
  curatorNote: curatorNoteSchema,
  sourceUrl: httpUrlSchema,
  instrument: workUriSchema.optional(),
  publishedOn: isoDateSchema.optional(),
  verification: verificationSchema,
  criteria: z.array(dataCriterionSchema).min(1),
})

export type DataTopic = { slug: string; name: string; description?: string; children?: DataTopic[] }
const dataTopicSchema: z.ZodType<DataTopic> = z.lazy(() =>
  z.strictObject({
    slug: slugSchema,
    name: z.string().min(2).max(200),
    description: z.string().max(2000).optional(),
    children: z.array(dataTopicSchema).optional(),
  }),
)

/** prisma/data/taxonomy.json */
export const dataTaxonomySchema = z.strictObject({
  topics: z.array(dataTopicSchema),
  concepts: z.array(
    z.strictObject({ slug: slugSchema, name: z.string().min(2), description: z.string().max(2000).optional() }),
  ),
  ageBenchmarkKinds: z.array(
    z.strictObject({
      code: ageBenchmarkKindCodeSchema,
      name: z.string().min(2),
      description: z.string().max(2000).optional(),
    }),
  ),
})

/** prisma/data/organisations.json: regional and international organisations with their members. */
export const dataOrganisationsSchema = z.array(
  z.strictObject({
    code: jurisdictionCodeSchema,
    name: z.string().min(2),
    kind: z.enum(['regional-organisation', 'international-organisation']),
    notes: z.string().max(2000).optional(),
    curatorNote: curatorNoteSchema,
    sourceUrl: httpUrlSchema,
    verification: verificationSchema,
    members: z
      .array(
        z.strictObject({
          code: jurisdictionCodeSchema,
          joinedOn: isoDateSchema.optional(),
          note: z.string().max(500).optional(),
          curatorNote: curatorNoteSchema,
        }),
      )
      .default([]),
  }),
)

/** prisma/data/subnational.json: sub-national units (US states, Australian states, UK nations). */
export const dataSubnationalSchema = z.array(
  z.strictObject({
    code: jurisdictionCodeSchema,
    name: z.string().min(2),
    parent: jurisdictionCodeSchema,
    sourceUrl: httpUrlSchema.optional(),
    notes: z.string().max(1000).optional(),
    curatorNote: curatorNoteSchema,
  }),
)

/** prisma/data/crosswalks.json: groups of equivalent articles / criteria across instruments. */
export const dataCrosswalksSchema = z.array(
  z.strictObject({
    slug: slugSchema,
    label: z.string().min(3).max(300),
    note: z.string().max(2000).optional(),
    entries: z
      .array(
        z
          .strictObject({
            provision: provisionRefSchema.optional(),
            /** "<standard slug>/<criterion code>" */
            criterion: z
              .string()
              .regex(/^[a-z0-9.-]+\/[A-Za-z0-9.()-]+$/)
              .optional(),
            note: z.string().max(500).optional(),
          })
          .refine(
            (entry) => Boolean(entry.provision) !== Boolean(entry.criterion),
            'Give either a provision or a criterion',
          ),
      )
      .min(2),
  }),
)
