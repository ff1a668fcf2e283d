import { partialIsoDate, type DatePrecision } from '@/lib/domain/format-partial-date'
import { iso, toDate } from '../curated-model'
import { required } from '../refs'
import { contains, defineConfig, rel } from './record-config'
import { instrumentHeaderSelect } from '../../shared-selects'

const treatyTitle = (row: Record<string, unknown>) => {
  const treaty = row.treaty as { shortTitle: string | null; title: string }
  return treaty.shortTitle ?? treaty.title
}

export const treatyActionConfig = defineConfig({
  key: 'treaty-actions',
  model: 'treatyAction',
  select: {
    id: true,
    action: true,
    actionDate: true,
    datePrecision: true,
    entryIntoForceOn: true,
    depositaryRef: true,
    note: true,
    sourceUrl: true,
    lastVerifiedOn: true,
    verification: true,
    curatorNote: true,
    treaty: { select: instrumentHeaderSelect },
    jurisdiction: { select: { code: true } },
  },
  toInput: (row) => ({
    treaty: rel<{ uri: string }>(row, 'treaty').uri,
    jurisdiction: rel<{ code: string }>(row, 'jurisdiction').code,
    action: row.action as 'SIGNATURE',
    actionDate: iso(row.actionDate),
    datePrecision: row.datePrecision as 'DAY',
    entryIntoForceOn: iso(row.entryIntoForceOn),
    depositaryRef: row.depositaryRef as string | null,
    note: row.note as string | null,
    sourceUrl: row.sourceUrl as string | null,
    lastVerifiedOn: iso(row.lastVerifiedOn),
    curatorNote: row.curatorNote as string | null,
    verification: row.verification as 'VERIFIED',
  }),
  toData: async (input, refs) => {
    const { treaty, jurisdiction, actionDate, lastVerifiedOn, entryIntoForceOn, ...rest } = input
    return {
      ...rest,
      treatyId: required(await refs.instrument('treaty', treaty)),
      jurisdictionId: required(await refs.jurisdiction('jurisdiction', jurisdiction)),
      actionDate: toDate(actionDate),
      lastVerifiedOn: toDate(lastVerifiedOn),
      entryIntoForceOn: toDate(entryIntoForceOn),
    }
  },
  keyColumns: ['treatyId', 'jurisdictionId', 'action', 'actionDate'],
  uniqueKey: false,
  title: (row) =>
    `${rel<{ code: string }>(row, 'jurisdiction').code}: ${String(row.action).toLowerCase()} of ${treatyTitle(row)}`,
  subtitle: (row) => partialIsoDate(row.actionDate as Date | null, row.datePrecision as DatePrecision) ?? 'no date',
  search: (q) => ({
    OR: [
      { jurisdiction: { code: q.toUpperCase() } },
      { treaty: contains('title', q) },
      { treaty: contains('shortTitle', q) },
    ],
  }),
  orderBy: [{ actionDate: 'desc' }],
})

export const reservationConfig = defineConfig({
  key: 'reservations',
  model: 'reservation',
  select: {
    id: true,
    kind: true,
    articles: true,
    text: true,
    textKind: true,
    madeOn: true,
    withdrawnOn: true,
    sourceUrl: true,
    verification: true,
    curatorNote: true,
    treaty: { select: instrumentHeaderSelect },
    jurisdiction: { select: { code: true } },
  },
  toInput: (row) => ({
    treaty: rel<{ uri: string }>(row, 'treaty').uri,
    jurisdiction: rel<{ code: string }>(row, 'jurisdiction').code,
    kind: row.kind as 'RESERVATION',
    articles: row.articles as string[],
    text: row.text as string,
    textKind: row.textKind as 'SUMMARY',
    madeOn: iso(row.madeOn),
    withdrawnOn: iso(row.withdrawnOn),
    sourceUrl: row.sourceUrl as string | null,
    curatorNote: row.curatorNote as string | null,
    verification: row.verification as 'VERIFIED',
  }),
  toData: async (input, refs) => {
    const { treaty, jurisdiction, madeOn, withdrawnOn, ...rest } = input
    return {
      ...rest,
      treatyId: required(await refs.instrument('treaty', treaty)),
      jurisdictionId: required(await refs.jurisdiction('jurisdiction', jurisdiction)),
      madeOn: toDate(madeOn),
      withdrawnOn: toDate(withdrawnOn),
    }
  },
  keyColumns: ['treatyId', 'jurisdictionId', 'kind', 'articles'],
  uniqueKey: false,
  title: (row) =>
    `${rel<{ code: string }>(row, 'jurisdiction').code}: ${String(row.kind).toLowerCase().replaceAll('_', ' ')} to ${treatyTitle(row)}, art. ${(row.articles as string[]).join(', ')}`,
  subtitle: (row) => iso(row.madeOn) ?? '',
  search: (q) => ({
    OR: [{ jurisdiction: { code: q.toUpperCase() } }, contains('text', q), { treaty: contains('title', q) }],
  }),
  orderBy: [{ createdAt: 'desc' }],
})
