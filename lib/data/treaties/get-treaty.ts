import 'server-only'
import type { Db } from '@/lib/db/prisma'
import { summariseTreaty } from '@/lib/domain/treaties/summarise-treaty'
import { published } from '../published'

const party = { select: { code: true, name: true, m49Code: true, kind: true } } as const

/** One treaty by work URI: timelines, status on `date`, reservations by article, standards drawn from it. */
export async function getTreaty(db: Db, { uri, date }: { uri: string; date: Date }) {
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
      jurisdiction: { select: { code: true, name: true } },
      standards: { where: published, select: { slug: true, name: true } },
      treatyActions: {
        where: { ...published, jurisdiction: published },
        select: { id: true, action: true, actionDate: true, datePrecision: true, note: true, sourceUrl: true, lastVerifiedOn: true, verification: true, jurisdiction: party },
      },
      reservations: {
        where: { ...published, jurisdiction: published },
        select: { id: true, kind: true, articles: true, text: true, madeOn: true, withdrawnOn: true, sourceUrl: true, verification: true, jurisdiction: party },
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
  return { treaty: rest, ...summary }
}

type TreatyDetail = NonNullable<Awaited<ReturnType<typeof getTreaty>>>
