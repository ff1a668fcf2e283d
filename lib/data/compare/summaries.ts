import { excerpt } from '@/lib/domain/excerpt'
import { provisionHref, provisionVersionHref } from '@/lib/domain/links'
import type { TextKind, VerificationStatus } from '@/lib/generated/prisma/client'
import type { DefinitionSummary, ProvisionSummary } from '@/lib/domain/compare/compare-views'
import { isoDay } from '@/lib/domain/format-partial-date'
import { provisionTextSelect } from '@/lib/data/shared-selects'

/** Row → summary converters shared by the compare queries, so every cell looks the same. */

export const provisionFields = { ...provisionTextSelect, versionId: true } as const

type ProvisionRow = {
  id: string
  eId: string
  num: string | null
  heading: string | null
  text: string
  textKind: TextKind
  citation: string
  sourceUrl: string | null
  verification: VerificationStatus
}
type VersionInfo = {
  expressionUri: string
  language: string
  validFrom: Date | null
  instrument: { uri: string; title: string; shortTitle: string | null }
}

export function toProvisionSummary(row: ProvisionRow, version: VersionInfo): ProvisionSummary {
  const short = excerpt(row.text)
  return {
    id: row.id,
    eId: row.eId,
    num: row.num,
    heading: row.heading,
    text: row.text,
    excerpt: short.text,
    truncated: short.truncated,
    textKind: row.textKind,
    citation: row.citation,
    href: provisionVersionHref(version.instrument.uri, version.expressionUri, row.eId),
    sourceUrl: row.sourceUrl,
    verification: row.verification,
    instrument: {
      uri: version.instrument.uri,
      title: version.instrument.title,
      shortTitle: version.instrument.shortTitle,
    },
    version: { expressionUri: version.expressionUri, language: version.language, validFrom: isoDay(version.validFrom) },
  }
}

export const definitionFields = {
  id: true,
  term: true,
  text: true,
  textKind: true,
  citation: true,
  sourceUrl: true,
  verification: true,
  language: true,
  features: true,
  jurisdictionId: true,
  conceptId: true,
  provision: {
    select: {
      eId: true,
      publicationState: true,
      deletedAt: true,
      instrumentVersion: { select: { instrumentId: true, instrument: { select: { uri: true } } } },
    },
  },
} as const

type DefinitionRow = {
  id: string
  term: string
  text: string
  textKind: TextKind
  citation: string
  sourceUrl: string | null
  verification: VerificationStatus
  language: string | null
  provision: {
    eId: string
    publicationState: string
    deletedAt: Date | null
    instrumentVersion: { instrument: { uri: string } }
  } | null
}

export function toDefinitionSummary(row: DefinitionRow): DefinitionSummary {
  const short = excerpt(row.text, 400)
  // Link only to a provision the public can see.
  const linkable = row.provision && row.provision.publicationState === 'PUBLISHED' && !row.provision.deletedAt
  return {
    id: row.id,
    term: row.term,
    text: row.text,
    excerpt: short.text,
    truncated: short.truncated,
    textKind: row.textKind,
    citation: row.citation,
    href: linkable ? provisionHref(row.provision!.instrumentVersion.instrument.uri, row.provision!.eId) : null,
    sourceUrl: row.sourceUrl,
    verification: row.verification,
    language: row.language,
  }
}
