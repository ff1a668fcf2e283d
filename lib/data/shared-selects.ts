import type { Prisma } from '@/lib/generated/prisma/client'

/**
 * Selects that several queries share, written once (one select per shape): a query spreads the
 * shared part and adds what only it needs.
 */

/** How an instrument is named wherever it heads or labels something: work URI, title, short title. */
export const instrumentHeaderSelect = { uri: true, title: true, shortTitle: true } satisfies Prisma.InstrumentSelect

/** An instrument's own descriptive columns, as the public page, the API and the curation form read them. */
export const instrumentDescriptionSelect = {
  uri: true,
  kind: true,
  title: true,
  shortTitle: true,
  officialCitation: true,
  officialUrl: true,
  adoptedOn: true,
  inForceOn: true,
  repealedOn: true,
  status: true,
  summary: true,
  language: true,
  verification: true,
} satisfies Prisma.InstrumentSelect

/** A provision as every reader shows it: number, heading, text (verbatim or summary), citation, source, verification. */
export const provisionTextSelect = {
  id: true,
  eId: true,
  num: true,
  heading: true,
  text: true,
  textKind: true,
  citation: true,
  sourceUrl: true,
  verification: true,
} satisfies Prisma.ProvisionSelect

/** Enough of a provision to link to it (provisionHref(uri, eId)). */
export const provisionLinkSelect = {
  eId: true,
  instrumentVersion: { select: { instrument: { select: { uri: true } } } },
} satisfies Prisma.ProvisionSelect

/** The fields every age-benchmark listing shows: the age, its conditions, its citation and source. */
export const ageBenchmarkSelect = {
  id: true,
  age: true,
  conditions: true,
  citation: true,
  sourceUrl: true,
  verification: true,
  validFrom: true,
} satisfies Prisma.AgeBenchmarkSelect

/** In force on `date`: validFrom ≤ date < validTo, an open end counting as always (for an AND list). */
export const inForceOn = (date: Date) => [
  { OR: [{ validFrom: null }, { validFrom: { lte: date } }] },
  { OR: [{ validTo: null }, { validTo: { gt: date } }] },
]
