import { normaliseArticle } from '@/lib/domain/gaps/article-refs'
import { treatyStatusAt, type TreatyStatus } from '@/lib/domain/gaps/validity-at'
import type { TreatyActionType } from '@/lib/domain/gaps/gap-inputs'

type Party = { code: string; name: string; m49Code: string | null; kind: string }
export type TreatyEvent = {
  id: string
  action: TreatyActionType
  date: Date | null
  precision: 'DAY' | 'MONTH' | 'YEAR'
  note: string | null
  sourceUrl: string | null
  lastVerifiedOn: Date | null
  verification: 'VERIFIED' | 'NEEDS_REVIEW'
}
export type TreatyReservation = {
  id: string
  kind: string
  articles: string[]
  text: string
  madeOn: Date | null
  withdrawnOn: Date | null
  sourceUrl: string | null
  verification: 'VERIFIED' | 'NEEDS_REVIEW'
}

type TreatyRow = {
  jurisdiction: Party
  events: TreatyEvent[]
  status: TreatyStatus
  lastVerifiedOn: Date | null
  reservationCount: number
}

const time = (d: Date | null) => d?.getTime() ?? Number.NEGATIVE_INFINITY
const maxDate = (dates: (Date | null)[]) =>
  dates.reduce<Date | null>((max, d) => (d && (!max || d > max) ? d : max), null)

/**
 * Every jurisdiction's events on one treaty as a timeline, its status on `date`, the counts of
 * parties and signatories then, and reservations grouped by article (a reservation citing several
 * articles appears under each; withdrawn ones are kept and marked).
 */
export function summariseTreaty(
  actions: (TreatyEvent & { jurisdiction: Party })[],
  reservations: (TreatyReservation & { jurisdiction: Party })[],
  date: Date,
) {
  const byCode = new Map<string, { jurisdiction: Party; events: TreatyEvent[] }>()
  for (const { jurisdiction, ...event } of actions) {
    const entry = byCode.get(jurisdiction.code) ?? { jurisdiction, events: [] }
    entry.events.push(event)
    byCode.set(jurisdiction.code, entry)
  }
  const reservationCounts = new Map<string, number>()
  for (const r of reservations)
    reservationCounts.set(r.jurisdiction.code, (reservationCounts.get(r.jurisdiction.code) ?? 0) + 1)

  const rows: TreatyRow[] = [...byCode.values()]
    .map(({ jurisdiction, events }) => {
      const sorted = [...events].sort((a, b) => time(a.date) - time(b.date))
      const status = treatyStatusAt(
        sorted.map((e) => ({
          jurisdictionId: jurisdiction.code,
          action: e.action,
          date: e.date,
          precision: e.precision,
        })),
        date,
      )
      return {
        jurisdiction,
        events: sorted,
        status,
        lastVerifiedOn: maxDate(sorted.map((e) => e.lastVerifiedOn)),
        reservationCount: reservationCounts.get(jurisdiction.code) ?? 0,
      }
    })
    .sort((a, b) => a.jurisdiction.name.localeCompare(b.jurisdiction.name, 'en'))

  const counts = { party: 0, signatory: 0, denounced: 0, none: 0 }
  for (const row of rows) counts[row.status.status]++

  const byArticle = new Map<string, (TreatyReservation & { jurisdiction: Party })[]>()
  for (const r of reservations) {
    for (const article of r.articles.length ? r.articles : ['(no article)']) {
      const key = normaliseArticle(article)
      byArticle.set(key, [...(byArticle.get(key) ?? []), r])
    }
  }
  const articles = [...byArticle.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([article, list]) => ({
      article,
      reservations: list.sort((x, y) => x.jurisdiction.name.localeCompare(y.jurisdiction.name, 'en')),
    }))

  return { rows, counts, articles, lastVerifiedOn: maxDate(rows.map((r) => r.lastVerifiedOn)) }
}
