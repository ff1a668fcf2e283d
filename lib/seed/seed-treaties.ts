import type { Dataset } from '@/lib/dataset/read-dataset'
import type {
  DatePrecision,
  ReservationKind,
  TextKind,
  TreatyActionType,
  VerificationStatus,
} from '@/lib/generated/prisma/client'
import { addProblem, type SeedContext } from './context'
import { parsePartialDate } from '@/lib/dataset/parse-partial-date'
import { toDate, toEnum } from './convert'
import { occurrenceCounter } from './seed-definitions-ages'
import { openTable, type SeedRow } from './table'

/**
 * Curated treaty actions and reservations (treaties/*.json). A partial date keeps its
 * precision: "2011" is stored as 2011-01-01 with precision YEAR. The coarser UN CSV import
 * (seed-un-treaties.ts) reads the same files to leave out what they already describe.
 */
export async function seedTreaties(ctx: SeedContext, dataset: Dataset) {
  const actions = await openTable(ctx, {
    model: 'treatyAction',
    entity: 'TreatyAction',
    key: (row) => row.id,
    curated: true,
  })
  const reservations = await openTable(ctx, {
    model: 'reservation',
    entity: 'Reservation',
    key: (row) => row.id,
    curated: true,
  })
  const rows = { actions: [] as SeedRow[], reservations: [] as SeedRow[] }
  const occurrence = occurrenceCounter()

  for (const { file, data } of dataset.treaties) {
    const treatyId = ctx.refs.instruments.get(data.treaty)
    if (!treatyId) {
      addProblem(ctx, file, data.treaty, 'treaty instrument not found; the whole file was skipped')
      continue
    }
    for (const action of data.actions) {
      const record = `${action.jurisdiction} ${action.action} ${action.date ?? '(no date)'}`
      const jurisdictionId = ctx.refs.jurisdictions.get(action.jurisdiction)
      const parsed = action.date ? parsePartialDate(action.date) : null
      if (!jurisdictionId || (action.date && !parsed)) {
        addProblem(
          ctx,
          file,
          record,
          jurisdictionId ? `date "${action.date}" does not exist` : `jurisdiction "${action.jurisdiction}" not found`,
        )
        continue
      }
      rows.actions.push({
        id: actions.idFor(occurrence(`${data.treaty}|${action.jurisdiction}|${action.action}|${action.date ?? ''}`)),
        treatyId,
        jurisdictionId,
        action: toEnum<TreatyActionType>(action.action),
        actionDate: parsed?.date ?? null,
        datePrecision: parsed?.precision ?? toEnum<DatePrecision>(action.datePrecision),
        entryIntoForceOn: toDate(action.entryIntoForce),
        depositaryRef: action.depositaryRef ?? null,
        note: action.note ?? null,
        curatorNote: action.curatorNote ?? null,
        sourceUrl: action.sourceUrl,
        lastVerifiedOn: toDate(action.lastVerifiedOn),
        verification: toEnum<VerificationStatus>(action.verification),
      })
    }
    for (const reservation of data.reservations) {
      const record = `${reservation.jurisdiction} ${reservation.kind} art. ${reservation.articles.join(', ')}`
      const jurisdictionId = ctx.refs.jurisdictions.get(reservation.jurisdiction)
      if (!jurisdictionId) {
        addProblem(ctx, file, record, `jurisdiction "${reservation.jurisdiction}" not found`)
        continue
      }
      const key = `${data.treaty}|${reservation.jurisdiction}|${reservation.kind}|${reservation.articles.join(',')}|${reservation.madeOn ?? ''}`
      rows.reservations.push({
        id: reservations.idFor(occurrence(key)),
        treatyId,
        jurisdictionId,
        kind: toEnum<ReservationKind>(reservation.kind),
        articles: reservation.articles,
        text: reservation.text,
        textKind: toEnum<TextKind>(reservation.textKind),
        curatorNote: reservation.curatorNote ?? null,
        madeOn: toDate(reservation.madeOn),
        withdrawnOn: toDate(reservation.withdrawnOn),
        sourceUrl: reservation.sourceUrl,
        verification: toEnum<VerificationStatus>(reservation.verification),
      })
    }
  }
  await actions.sync(rows.actions, 'prisma/data/treaties')
  await reservations.sync(rows.reservations, 'prisma/data/treaties')
}
