import type { Db } from '@/lib/db/prisma'
import { pageOf } from '@/lib/domain/api-cursor'
import { treatyStatusAt } from '@/lib/domain/gaps/validity-at'
import { groupBy } from '@/lib/domain/group-by'
import { published } from '../published'
import { partialIsoDate } from '@/lib/domain/format-partial-date'
import { cursorKey, day, param, type ListOptions } from './shape'

/** Published treaties and protocols for GET /api/v1/treaties and /api/v1/treaties/{uri}/status. */
const treatyKinds = { in: ['TREATY' as const, 'PROTOCOL' as const] }
const treatySelect = {
  uri: true,
  kind: true,
  title: true,
  shortTitle: true,
  adoptedOn: true,
  inForceOn: true,
  status: true,
  jurisdiction: { select: { code: true, name: true } },
} as const

type TreatyRow = {
  uri: string
  kind: string
  title: string
  shortTitle: string | null
  adoptedOn: Date | null
  inForceOn: Date | null
  status: string
  jurisdiction: { code: string; name: string }
}
const toTreaty = (t: TreatyRow) => ({
  uri: t.uri,
  kind: param(t.kind) as 'treaty' | 'protocol',
  title: t.title,
  shortTitle: t.shortTitle,
  adoptedOn: day(t.adoptedOn),
  inForceOn: day(t.inForceOn),
  status: param(t.status) as 'in-force',
  depositary: t.jurisdiction,
})

type ActionRow = {
  jurisdictionId: string
  action: string
  actionDate: Date | null
  datePrecision: 'DAY' | 'MONTH' | 'YEAR'
}
const statusOf = (actions: ActionRow[], date: Date) =>
  treatyStatusAt(
    actions.map((a) => ({
      jurisdictionId: a.jurisdictionId,
      action: a.action as never,
      date: a.actionDate,
      precision: a.datePrecision,
    })),
    date,
  )

export async function findApiTreaties(db: Db, options: ListOptions & { asOf: Date }) {
  const after = cursorKey(options.cursor, 1)
  const rows = await db.instrument.findMany({
    where: {
      ...published,
      kind: treatyKinds,
      jurisdiction: published,
      ...(after ? { uri: { gt: String(after[0]) } } : {}),
    },
    orderBy: { uri: 'asc' },
    take: options.limit + 1,
    select: {
      ...treatySelect,
      treatyActions: {
        where: { ...published, jurisdiction: published },
        select: { jurisdictionId: true, action: true, actionDate: true, datePrecision: true },
      },
      _count: { select: { reservations: { where: { ...published, jurisdiction: published } } } },
    },
  })
  const { items, page } = pageOf(rows, options.limit, (row) => [row.uri])
  return {
    data: items.map(({ treatyActions, _count, ...t }) => {
      const byJurisdiction = groupBy(treatyActions, (a) => a.jurisdictionId)
      const counts = { parties: 0, signatories: 0, denounced: 0 }
      for (const actions of byJurisdiction.values()) {
        const { status } = statusOf(actions, options.asOf)
        if (status === 'party') counts.parties++
        else if (status === 'signatory') counts.signatories++
        else if (status === 'denounced') counts.denounced++
      }
      return { ...toTreaty(t), asOf: day(options.asOf)!, counts, reservationCount: _count.reservations }
    }),
    page,
  }
}

export async function getApiTreatyStatus(db: Db, options: { uri: string; asOf: Date; jurisdiction?: string[] }) {
  const jurisdiction = { ...published, ...(options.jurisdiction?.length ? { code: { in: options.jurisdiction } } : {}) }
  const row = await db.instrument.findFirst({
    where: { ...published, uri: options.uri, kind: treatyKinds, jurisdiction: published },
    select: {
      ...treatySelect,
      treatyActions: {
        where: { ...published, jurisdiction },
        orderBy: [{ actionDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
        select: {
          jurisdictionId: true,
          action: true,
          actionDate: true,
          datePrecision: true,
          depositaryRef: true,
          sourceUrl: true,
          lastVerifiedOn: true,
          verification: true,
          jurisdiction: { select: { code: true, name: true } },
        },
      },
      reservations: {
        where: { ...published, jurisdiction },
        orderBy: [{ madeOn: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
        select: {
          jurisdictionId: true,
          kind: true,
          articles: true,
          text: true,
          textKind: true,
          madeOn: true,
          withdrawnOn: true,
          sourceUrl: true,
          verification: true,
          jurisdiction: { select: { code: true, name: true } },
        },
      },
    },
  })
  if (!row) return null
  const { treatyActions, reservations, ...treaty } = row
  const ids = [...new Set([...treatyActions, ...reservations].map((a) => a.jurisdictionId))]
  const participants = ids
    .map((id) => {
      const actions = treatyActions.filter((a) => a.jurisdictionId === id)
      const own = reservations.filter((r) => r.jurisdictionId === id)
      const status = statusOf(actions, options.asOf)
      return {
        jurisdiction: (actions[0] ?? own[0]).jurisdiction,
        status: status.status,
        since: partialIsoDate(status.since, status.precision),
        actions: actions.map((a) => ({
          action: param(a.action),
          date: partialIsoDate(a.actionDate, a.datePrecision),
          depositaryRef: a.depositaryRef,
          sourceUrl: a.sourceUrl,
          lastVerifiedOn: day(a.lastVerifiedOn),
          verification: param(a.verification),
        })),
        reservations: own.map((r) => ({
          kind: param(r.kind),
          articles: r.articles,
          text: r.text,
          textKind: param(r.textKind),
          madeOn: day(r.madeOn),
          withdrawnOn: day(r.withdrawnOn),
          sourceUrl: r.sourceUrl,
          verification: param(r.verification),
        })),
      }
    })
    .sort((a, b) => a.jurisdiction.code.localeCompare(b.jurisdiction.code))
  return { treaty: toTreaty(treaty), asOf: day(options.asOf)!, participants }
}
