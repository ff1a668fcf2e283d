import 'server-only'
import type { Db } from '@/lib/db/prisma'
import { groupBy } from '@/lib/domain/group-by'
import { summariseTreaty } from '@/lib/domain/treaties/summarise-treaty'
import { buildStatusRows } from '@/lib/domain/treaties/status-table'
import { published } from '../published'

const party = {
  select: {
    code: true,
    name: true,
    m49Code: true,
    kind: true,
    memberships: {
      where: { organisation: published },
      select: { leftOn: true, organisation: { select: { code: true, name: true } } },
    },
  },
} as const

/**
 * One treaty by work URI: timelines, status on `date`, reservations by article, standards drawn
 * from it, and the depositary-style status table (one row per participant) with the
 * organisations its participants belong to, for the table's filter. The map, the counts and the
 * table all come from the one set of actions read here.
 */
export async function getTreaty(db: Db, options: { uri: string; date: Date }) {
  const { uri, date } = options
  const treaty = await db.instrument.findFirst({
    where: { ...published, uri, kind: { in: ['TREATY', 'PROTOCOL'] } },
    select: {
      id: true,
      uri: true,
      kind: true,
      title: true,
      shortTitle: true,
      officialCitation: true,
      officialUrl: true,
      adoptedOn: true,
      inForceOn: true,
      status: true,
      summary: true,
      statusAsOf: true,
      statusSourceUrl: true,
      jurisdiction: { select: { code: true, name: true } },
      standards: { where: published, select: { slug: true, name: true } },
      treatyActions: {
        where: { ...published, jurisdiction: published },
        select: {
          id: true,
          action: true,
          actionDate: true,
          datePrecision: true,
          entryIntoForceOn: true,
          note: true,
          sourceUrl: true,
          lastVerifiedOn: true,
          verification: true,
          jurisdiction: party,
        },
      },
      reservations: {
        where: { ...published, jurisdiction: published },
        select: {
          id: true,
          kind: true,
          articles: true,
          text: true,
          madeOn: true,
          withdrawnOn: true,
          sourceUrl: true,
          verification: true,
          jurisdiction: party,
        },
      },
    },
  })
  if (!treaty) return null
  const { treatyActions, reservations, ...rest } = treaty
  const summary = summariseTreaty(
    treatyActions.map(({ actionDate, datePrecision, ...a }) => ({ ...a, date: actionDate, precision: datePrecision })),
    reservations,
    date,
  )

  // Membership on the table's date: joined before it (or undated) and not left by then.
  const organisations = new Map<string, string>()
  const participants = new Map([...treatyActions, ...reservations].map((r) => [r.jurisdiction.code, r.jurisdiction]))
  const actionsBy = groupBy(treatyActions, (a) => a.jurisdiction.code)
  const reservationsBy = groupBy(reservations, (r) => r.jurisdiction.code)
  const status = buildStatusRows(
    [...participants.values()].map(({ memberships, ...p }) => {
      const current = memberships.filter((m) => !m.leftOn || m.leftOn > date).map((m) => m.organisation)
      for (const o of current) organisations.set(o.code, o.name)
      return {
        participant: { ...p, organisations: current.map((o) => o.code) },
        actions: (actionsBy.get(p.code) ?? []).map((a) => ({
          action: a.action,
          date: a.actionDate,
          precision: a.datePrecision,
          entryIntoForceOn: a.entryIntoForceOn,
          sourceUrl: a.sourceUrl,
          note: a.note,
          verification: a.verification,
        })),
        reservations: (reservationsBy.get(p.code) ?? []).map((r) => ({
          id: r.id,
          kind: r.kind,
          articles: r.articles,
          withdrawnOn: r.withdrawnOn,
        })),
      }
    }),
    date,
  )
  const organisationList = [...organisations]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
  return { treaty: rest, ...summary, status, organisations: organisationList }
}

type TreatyDetail = NonNullable<Awaited<ReturnType<typeof getTreaty>>>
