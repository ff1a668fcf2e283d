import type { Db } from '@/lib/db/prisma'
import { toSearchDocument, type DocumentSource } from './documents'
import type { SearchDocument, SearchDocumentType } from './types'

/**
 * Reads the rows behind search documents from Postgres and maps them with toSearchDocument.
 * Only what the public may see is returned: a record that is unpublished, deleted, or under an
 * unpublished parent is simply absent, which the sync worker turns into a delete.
 */
export type DocumentRef = { type: SearchDocumentType; entityId: string }

const published = { publicationState: 'PUBLISHED', deletedAt: null } as const
const instrumentRef = { id: true, uri: true, title: true, shortTitle: true, kind: true, inForceOn: true, adoptedOn: true } as const
const jurisdictionRef = { id: true, code: true, name: true, regionCode: true } as const
const visibleProvision = { ...published, instrumentVersion: { ...published, instrument: { ...published, jurisdiction: published } } }

async function loadProvisions(db: Db, ids: string[]): Promise<DocumentSource[]> {
  const rows = await db.provision.findMany({
    where: { id: { in: ids }, ...visibleProvision },
    select: {
      id: true,
      versionId: true,
      eId: true,
      num: true,
      heading: true,
      text: true,
      citation: true,
      verification: true,
      instrumentVersion: { select: { language: true, instrument: { select: { ...instrumentRef, jurisdiction: { select: jurisdictionRef } } } } },
      topics: { select: { topic: { select: { slug: true } } } },
      definitions: { where: published, select: { concept: { select: { slug: true } } } },
    },
  })
  return rows.map(({ instrumentVersion: { language, instrument }, topics, definitions, ...row }) => ({
    type: 'provision',
    ...row,
    language,
    instrument,
    jurisdiction: instrument.jurisdiction,
    topics: topics.map((t) => t.topic.slug),
    concepts: [...new Set(definitions.map((d) => d.concept.slug))],
  }))
}

async function loadDefinitions(db: Db, ids: string[]): Promise<DocumentSource[]> {
  const rows = await db.definition.findMany({
    where: { id: { in: ids }, ...published, jurisdiction: published },
    select: {
      id: true,
      term: true,
      text: true,
      citation: true,
      verification: true,
      language: true,
      concept: { select: { slug: true, name: true } },
      jurisdiction: { select: jurisdictionRef },
      provision: {
        select: {
          id: true,
          eId: true,
          ...visibility,
          instrumentVersion: { select: { ...visibility, instrument: { select: { ...instrumentRef, ...visibility, jurisdiction: { select: visibility } } } } },
        },
      },
    },
  })
  return rows.map(({ provision, ...row }) => {
    // Mirrors the embedded engine: a hidden provision neither links nor dates the definition.
    const chain = provision && [provision, provision.instrumentVersion, provision.instrumentVersion.instrument, provision.instrumentVersion.instrument.jurisdiction]
    const visible = provision && chain!.every((r) => r.publicationState === 'PUBLISHED' && r.deletedAt === null)
    return {
      type: 'definition' as const,
      ...row,
      provision: visible ? { id: provision.id, eId: provision.eId, instrument: pickInstrument(provision.instrumentVersion.instrument) } : null,
    }
  })
}

const visibility = { publicationState: true, deletedAt: true } as const

function pickInstrument({ id, uri, title, shortTitle, kind, inForceOn, adoptedOn }: { id: string; uri: string; title: string; shortTitle: string | null; kind: string; inForceOn: Date | null; adoptedOn: Date | null }) {
  return { id, uri, title, shortTitle, kind, inForceOn, adoptedOn }
}

async function loadInstruments(db: Db, ids: string[]): Promise<DocumentSource[]> {
  const rows = await db.instrument.findMany({
    where: { id: { in: ids }, ...published, jurisdiction: published },
    select: { summary: true, officialCitation: true, verification: true, language: true, ...instrumentRef, jurisdiction: { select: jurisdictionRef } },
  })
  return rows.map(({ summary, officialCitation, verification, language, jurisdiction, ...instrument }) => ({
    type: 'instrument',
    id: instrument.id,
    summary,
    officialCitation,
    verification,
    language,
    instrument,
    jurisdiction,
  }))
}

async function loadJurisdictions(db: Db, ids: string[]): Promise<DocumentSource[]> {
  const rows = await db.jurisdiction.findMany({
    where: { id: { in: ids }, ...published },
    select: { officialName: true, notes: true, kind: true, regionName: true, verification: true, ...jurisdictionRef },
  })
  return rows.map(({ officialName, notes, kind, regionName, verification, ...jurisdiction }) => ({
    type: 'jurisdiction',
    id: jurisdiction.id,
    officialName,
    notes,
    kind,
    regionName,
    verification,
    jurisdiction,
  }))
}

const loaders: Record<SearchDocumentType, (db: Db, ids: string[]) => Promise<DocumentSource[]>> = {
  provision: loadProvisions,
  definition: loadDefinitions,
  instrument: loadInstruments,
  jurisdiction: loadJurisdictions,
}

/** The visible documents among `refs`, keyed by document id. */
export async function loadSearchDocuments(db: Db, refs: DocumentRef[]): Promise<Map<string, SearchDocument>> {
  const byType = new Map<SearchDocumentType, string[]>()
  for (const ref of refs) byType.set(ref.type, [...(byType.get(ref.type) ?? []), ref.entityId])
  const sources = await Promise.all([...byType].map(([type, ids]) => loaders[type](db, [...new Set(ids)])))
  return new Map(sources.flat().map((source) => {
    const document = toSearchDocument(source)
    return [document.id, document] as const
  }))
}
