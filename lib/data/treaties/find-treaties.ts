import 'server-only'
import type { Db } from '@/lib/db/prisma'
import { treatyStatusAt } from '@/lib/domain/gaps/validity-at'
import { published } from '../published'

/** Treaties and protocols with their party and signatory counts on `date` and when their status was last verified. */
export async function findTreaties(db: Db, { date }: { date: Date }) {
  const treaties = await db.instrument.findMany({
    where: { ...published, kind: { in: ['TREATY', 'PROTOCOL'] } },
    orderBy: [{ adoptedOn: 'asc' }, { title: 'asc' }],
    select: {
      id: true,
      uri: true,
      kind: true,
      title: true,
      shortTitle: true,
      adoptedOn: true,
      inForceOn: true,
      status: true,
      jurisdiction: { select: { code: true, name: true } },
      treatyActions: {
        where: published,
        select: { jurisdictionId: true, action: true, actionDate: true, datePrecision: true, lastVerifiedOn: true },
      },
      _count: { select: { reservations: { where: published } } },
    },
  })
  return treaties.map(({ treatyActions, _count, ...t }) => {
    const byJurisdiction = new Map<string, typeof treatyActions>()
    for (const a of treatyActions)
      byJurisdiction.set(a.jurisdictionId, [...(byJurisdiction.get(a.jurisdictionId) ?? []), a])
    const counts = { party: 0, signatory: 0, denounced: 0, none: 0 }
    for (const list of byJurisdiction.values()) {
      counts[
        treatyStatusAt(
          list.map((a) => ({
            jurisdictionId: a.jurisdictionId,
            action: a.action,
            date: a.actionDate,
            precision: a.datePrecision,
          })),
          date,
        ).status
      ]++
    }
    const verified = treatyActions.map((a) => a.lastVerifiedOn?.getTime() ?? 0).reduce((a, b) => Math.max(a, b), 0)
    return { ...t, counts, reservationCount: _count.reservations, lastVerifiedOn: verified ? new Date(verified) : null }
  })
}
