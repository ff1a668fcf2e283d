import type { Db } from '@/lib/db/prisma'
import { diffLawTexts } from '@/lib/domain/text-diff'
import { published } from '../published'
import { provisionFields, toProvisionSummary } from './summaries'
import { isoDay } from '@/lib/domain/format-partial-date'
import type { DiffSide, ProvisionDiff } from '@/lib/domain/compare/compare-views'
import { instrumentHeaderSelect } from '../shared-selects'

const sideSelect = {
  ...provisionFields,
  instrumentVersion: {
    select: {
      id: true,
      instrumentId: true,
      expressionUri: true,
      language: true,
      validFrom: true,
      validTo: true,
      asAt: true,
      instrument: {
        select: { ...instrumentHeaderSelect, jurisdiction: { select: { code: true, name: true } } },
      },
    },
  },
  topics: { select: { topicId: true } },
} as const

const visible = { ...published, instrumentVersion: { ...published, instrument: published } }

/** One published provision with what the diff page shows about it; null when unknown or unpublished. */
export async function getDiffSide(client: Db, { id }: { id: string }) {
  const row = await client.provision.findFirst({ where: { ...visible, id }, select: sideSelect })
  if (!row) return null
  const version = row.instrumentVersion
  const side: DiffSide = {
    ...toProvisionSummary(row, version),
    jurisdiction: version.instrument.jurisdiction,
    version: {
      expressionUri: version.expressionUri,
      language: version.language,
      validFrom: isoDay(version.validFrom ?? version.asAt),
      validTo: isoDay(version.validTo),
    },
  }
  return { side, instrumentId: version.instrumentId, topicIds: row.topics.map((t) => t.topicId) }
}

/** The word-level diff of two provisions (two jurisdictions, or two versions of one provision). */
export async function getProvisionDiff(
  client: Db,
  options: { a: string; b: string },
): Promise<ProvisionDiff | { missing: ('a' | 'b')[] }> {
  const [a, b] = await Promise.all([getDiffSide(client, { id: options.a }), getDiffSide(client, { id: options.b })])
  if (!a || !b) return { missing: [...(a ? [] : ['a' as const]), ...(b ? [] : ['b' as const])] }
  return { a: a.side, b: b.side, ...diffLawTexts(a.side.text, b.side.text) }
}
