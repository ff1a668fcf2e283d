import type { DatePrecision } from '@/lib/domain/format-partial-date'
import type { TreatyActionType } from '@/lib/domain/gaps/gap-inputs'

/** What a depositary's status page says, in LexBridge's terms, before any database lookup. */
export type StatusDate = { date: string; precision: DatePrecision }
type StatusPageAction = { action: TreatyActionType; date: StatusDate; entryIntoForce?: string }
type StatusPageReservation = { kind: 'RESERVATION' | 'DECLARATION'; articles: string[]; text: string; madeOn?: string }
export type StatusPageParticipant = {
  /** The name as printed, footnote markers removed */
  name: string
  /** ISO 3166-1 alpha-2 or LexBridge organisation code */
  code: string
  actions: StatusPageAction[]
  reservations: StatusPageReservation[]
  footnotes: string[]
}
export type StatusPage = {
  format: 'un-mtdsg' | 'coe-chart'
  /** "Status as at" / "Status as of", YYYY-MM-DD */
  statusAsOf: string
  /** What the page calls the treaty: its title, or "CETS No. 185" */
  treatyLabel: string | null
  /** CoE treaty number, when the page gives one */
  cetsNumber: string | null
  sourceUrl: string | null
  /** The page's text before its table (where the treaty's title is), to find the treaty by title */
  heading: string
  participants: StatusPageParticipant[]
}
export type StatusPageProblem = { location: string; message: string }
export type StatusPageResult = { page: StatusPage | null; problems: StatusPageProblem[] }
