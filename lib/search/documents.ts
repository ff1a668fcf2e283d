import { instrumentKindLabels, jurisdictionKindLabels } from '@/lib/schemas/enum-labels'
import { instrumentHref, jurisdictionHref, provisionHref } from '@/lib/domain/links'
import type { SearchDocument, SearchDocumentType } from './search-port'

/**
 * Rows → search documents: one pure function for both engines. Meilisearch indexes its output;
 * the embedded engine finds ids in Postgres and builds its hits with it, so a hit looks the same
 * whichever engine found it. Facet fields here must agree with embedded/search-sql.ts (the
 * contract tests check that they do).
 */
type InstrumentRef = {
  id: string
  uri: string
  title: string
  shortTitle: string | null
  kind: string
  inForceOn: Date | null
  adoptedOn: Date | null
}
type JurisdictionRef = { id: string; code: string; name: string; regionCode: string | null }
type Verification = 'VERIFIED' | 'NEEDS_REVIEW'

export type DocumentSource =
  | {
      type: 'provision'
      id: string
      versionId: string
      eId: string
      num: string | null
      heading: string | null
      /** The heading of the nearest ancestor provision that has one (for a provision without its own) */
      parentHeading?: string | null
      text: string
      citation: string
      verification: Verification
      language: string
      instrument: InstrumentRef
      jurisdiction: JurisdictionRef
      topics: string[]
      concepts: string[]
    }
  | {
      type: 'definition'
      id: string
      term: string
      text: string
      citation: string
      verification: Verification
      language: string | null
      concept: { slug: string; name: string }
      jurisdiction: JurisdictionRef
      provision: { id: string; eId: string; instrument: InstrumentRef } | null
    }
  | {
      type: 'instrument'
      id: string
      summary: string | null
      officialCitation: string | null
      verification: Verification
      language: string | null
      instrument: InstrumentRef
      jurisdiction: JurisdictionRef
    }
  | {
      type: 'jurisdiction'
      id: string
      officialName: string | null
      notes: string | null
      kind: keyof typeof jurisdictionKindLabels
      regionName: string | null
      verification: Verification
      jurisdiction: JurisdictionRef
    }

export function searchDocumentId(type: SearchDocumentType, entityId: string) {
  return `${type}-${entityId}`
}

/** Parses `<type>-<entityId>` back; null for anything else. */
export function parseSearchDocumentId(id: string): { type: SearchDocumentType; entityId: string } | null {
  const match = /^(provision|definition|instrument|jurisdiction)-([A-Za-z0-9_]+)$/.exec(id)
  return match ? { type: match[1] as SearchDocumentType, entityId: match[2] } : null
}

function dateFields(instrument: InstrumentRef | null) {
  const date = instrument ? (instrument.inForceOn ?? instrument.adoptedOn) : null
  const iso = date ? date.toISOString().slice(0, 10) : null
  return {
    year: instrument?.inForceOn ? instrument.inForceOn.getUTCFullYear() : null,
    date: iso,
    dateSort: iso ? Number(iso.replaceAll('-', '')) : null,
  }
}

function instrumentName(instrument: InstrumentRef) {
  return instrument.shortTitle ?? instrument.title
}

/**
 * "s. 10 — Safety duties"; a provision without a heading of its own (a subsection, a paragraph)
 * is named by its citation, which carries the instrument and the full number, and the heading of
 * the nearest ancestor that has one: "18 U.S.C. § 2256(8) — Definitions for chapter", never a
 * bare "(8)".
 */
function provisionTitle(source: Extract<DocumentSource, { type: 'provision' }>) {
  if (source.heading) return [source.num, source.heading].filter(Boolean).join(' — ')
  return [source.citation, source.parentHeading].filter(Boolean).join(' — ')
}

export function toSearchDocument(source: DocumentSource): SearchDocument {
  const base = {
    id: searchDocumentId(source.type, source.id),
    type: source.type,
    entityId: source.id,
    verification: source.verification,
    jurisdiction: source.jurisdiction.code,
    jurisdictionName: source.jurisdiction.name,
    region: source.jurisdiction.regionCode,
  }
  switch (source.type) {
    case 'provision': {
      return {
        ...base,
        title: provisionTitle(source),
        text: source.text,
        citation: source.citation,
        context: `${instrumentName(source.instrument)} · ${source.jurisdiction.name}`,
        url: provisionHref(source.instrument.uri, source.eId),
        kind: source.instrument.kind,
        topics: [...source.topics].sort(),
        concepts: [...source.concepts].sort(),
        language: source.language,
        ...dateFields(source.instrument),
        ancestorIds: [source.jurisdiction.id, source.instrument.id, source.versionId],
      }
    }
    case 'definition':
      return {
        ...base,
        title: `“${source.term}”`,
        text: source.text,
        citation: source.citation,
        context: `Definition of ${source.concept.name.toLowerCase()} · ${source.jurisdiction.name}`,
        url: source.provision
          ? provisionHref(source.provision.instrument.uri, source.provision.eId)
          : `${jurisdictionHref(source.jurisdiction.code)}#definitions`,
        kind: source.provision?.instrument.kind ?? null,
        topics: [],
        concepts: [source.concept.slug],
        language: source.language,
        ...dateFields(source.provision?.instrument ?? null),
        ancestorIds: [
          source.jurisdiction.id,
          ...(source.provision ? [source.provision.instrument.id, source.provision.id] : []),
        ],
      }
    case 'instrument':
      return {
        ...base,
        title: source.instrument.title,
        text: source.summary ?? '',
        citation: source.officialCitation,
        context: `${instrumentKindLabels[source.instrument.kind as keyof typeof instrumentKindLabels] ?? source.instrument.kind} · ${source.jurisdiction.name}`,
        url: instrumentHref(source.instrument.uri),
        kind: source.instrument.kind,
        topics: [],
        concepts: [],
        language: source.language,
        ...dateFields(source.instrument),
        ancestorIds: [source.jurisdiction.id],
      }
    case 'jurisdiction':
      return {
        ...base,
        title: source.jurisdiction.name,
        text: source.notes ?? source.officialName ?? '',
        citation: null,
        context: [jurisdictionKindLabels[source.kind], source.regionName].filter(Boolean).join(' · '),
        url: jurisdictionHref(source.jurisdiction.code),
        kind: null,
        topics: [],
        concepts: [],
        language: null,
        year: null,
        date: null,
        dateSort: null,
        ancestorIds: [],
      }
  }
}
