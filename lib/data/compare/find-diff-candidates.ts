import type { Db } from '@/lib/db/prisma'
import { published } from '../published'
import { findCompareColumns } from './find-compare-columns'
import { findCurrentVersions } from './find-current-versions'
import { isoDay } from '@/lib/domain/format-partial-date'

const LIMIT = 60

/**
 * What provision `a` can be compared with: its other published versions (same instrument, same
 * eId), and provisions on the same topics in the current law of the chosen jurisdictions (or of
 * a's own jurisdiction when none is chosen).
 */
export async function findDiffCandidates(
  client: Db,
  options: {
    a: { id: string; eId: string; instrumentId: string; topicIds: string[]; jurisdictionCode: string }
    jurisdictions: string[]
    today?: Date
  },
) {
  const { a } = options
  const codes = options.jurisdictions.length ? options.jurisdictions : [a.jurisdictionCode]
  const [versions, { columns }] = await Promise.all([
    client.provision.findMany({
      where: {
        ...published,
        eId: a.eId,
        id: { not: a.id },
        instrumentVersion: { ...published, instrumentId: a.instrumentId },
      },
      select: {
        id: true,
        citation: true,
        instrumentVersion: {
          select: { expressionUri: true, language: true, validFrom: true, validTo: true, asAt: true },
        },
      },
    }),
    findCompareColumns(client, { jurisdictions: codes }),
  ])
  const current = await findCurrentVersions(client, { columns, today: options.today ?? new Date() })
  const sameTopic =
    current.size && a.topicIds.length
      ? await client.provision.findMany({
          where: {
            ...published,
            id: { not: a.id },
            versionId: { in: [...current.keys()] },
            topics: { some: { topicId: { in: a.topicIds } } },
          },
          orderBy: [{ sortOrder: 'asc' }],
          take: LIMIT,
          select: { id: true, num: true, heading: true, citation: true, versionId: true },
        })
      : []
  const columnName = new Map(columns.map((c) => [c.key, c.name]))
  return {
    otherVersions: versions
      .map((p) => ({
        id: p.id,
        citation: p.citation,
        language: p.instrumentVersion.language,
        validFrom: isoDay(p.instrumentVersion.validFrom ?? p.instrumentVersion.asAt),
        validTo: isoDay(p.instrumentVersion.validTo),
      }))
      .sort((x, y) => (y.validFrom ?? '').localeCompare(x.validFrom ?? '')),
    sameTopic: sameTopic.map((p) => {
      const version = current.get(p.versionId)!
      return {
        id: p.id,
        label: [p.num, p.heading].filter(Boolean).join(' — ') || p.citation,
        citation: p.citation,
        jurisdiction: columnName.get(version.columnKeys[0]) ?? '',
        instrument: version.instrument.shortTitle ?? version.instrument.title,
      }
    }),
    truncated: sameTopic.length === LIMIT,
  }
}
