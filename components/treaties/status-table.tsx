import Link from 'next/link'
import { normaliseArticle } from '@/lib/domain/gaps/article-refs'
import { formatPartialDate } from '@/lib/domain/format-partial-date'
import { jurisdictionHref } from '@/lib/domain/links'
import { reservationKindLabels, treatyActionLabels } from '@/lib/schemas/enum-labels'
import { consentMarkers, type DatedAction, type StatusRow, type StatusSort } from '@/lib/domain/treaties/status-table'
import type { TreatyPageParams } from '@/lib/schemas/treaty-params'

type Props = {
  treatyUri: string
  rows: StatusRow[]
  /** Participants matching the filter; more than `rows.length` means the list is cut ("Show all"). */
  total: number
  organisations: { code: string; name: string }[]
  params: TreatyPageParams
  dateText: string
}

const columns: { sort?: StatusSort; label: string }[] = [
  { sort: 'name', label: 'Participant' },
  { sort: 'signature', label: 'Signature' },
  { sort: 'consent', label: 'Ratification, accession (a), succession (d), acceptance (A), approval (AA)' },
  { label: 'Entry into force' },
  { label: 'Reservations and declarations' },
]

/** The page's query string with some parameters changed (empty values dropped): filters live in the URL. */
function query(params: TreatyPageParams, change: Partial<Record<keyof TreatyPageParams, string | undefined>>) {
  const merged: Record<string, string | undefined> = { ...params, ...change }
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(merged)) {
    if (!value || (key === 'sort' && value === 'name') || (key === 'dir' && value === 'asc')) continue
    search.set(key, value)
  }
  const text = search.toString()
  return text ? `?${text}` : '?'
}

function ActionCell({ action, label }: { action: DatedAction | null; label: string }) {
  if (!action) return <span className="text-slate-600">—</span>
  const marker = consentMarkers[action.action]
  const text = formatPartialDate(action.date, action.precision)
  return (
    <span>
      {action.sourceUrl ? (
        <a href={action.sourceUrl} target="_blank" rel="noopener noreferrer">
          {text}
          <span className="sr-only"> ({label}, source opens in a new tab)</span>
        </a>
      ) : (
        text
      )}
      {marker && <span title={treatyActionLabels[action.action]}> {marker}</span>}
      {action.verification === 'NEEDS_REVIEW' && (
        <span title="Needs review: not yet compared with the depositary" className="text-amber-800">
          {' '}
          *
        </span>
      )}
      {action.note && <span className="block text-xs text-slate-700">{action.note}</span>}
    </span>
  )
}

/**
 * A treaty's participants the way the depositaries list them, sortable and filterable by
 * organisation through links (state in the URL). On phones each row stacks into a card, so the
 * page never scrolls sideways at 390 px. The page passes the first rows only until "Show all".
 */
export function TreatyStatusTable({ treatyUri, rows, total, organisations, params, dateText }: Props) {
  const exportHref = (format: 'csv' | 'json') => {
    const search = new URLSearchParams(query(params, { show: undefined }).slice(1))
    search.set('treaty', treatyUri)
    search.set('format', format)
    return `/treaties/export?${search}`
  }
  // One short class per cell (app/globals.css), not a dozen utilities: a 190-row table repeats it 760 times.
  const cell = 'status-cell'
  return (
    <div>
      <form method="get" className="no-print mb-3 flex flex-wrap items-end gap-2">
        {params.asOf && <input type="hidden" name="asOf" value={params.asOf} />}
        {params.sort !== 'name' && <input type="hidden" name="sort" value={params.sort} />}
        {params.dir !== 'asc' && <input type="hidden" name="dir" value={params.dir} />}
        <div>
          <label htmlFor="org" className="block text-sm font-medium">
            Members of
          </label>
          <select
            id="org"
            name="org"
            defaultValue={params.org ?? ''}
            className="mt-1 rounded-md border border-slate-400 px-2 py-1.5 text-sm"
          >
            <option value="">Any organisation</option>
            {organisations.map((o) => (
              <option key={o.code} value={o.code}>
                {o.name} ({o.code})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white">
          Filter
        </button>
        <p className="text-sm [&_a]:underline">
          {rows.length < total ? `${rows.length} of ${total}` : total} participant{total === 1 ? '' : 's'} · Download{' '}
          <a href={exportHref('csv')}>CSV</a> or <a href={exportHref('json')}>JSON</a>
        </p>
      </form>
      <div className="rounded-lg border border-slate-200 bg-white sm:overflow-x-auto">
        <table className="w-full text-left text-sm max-sm:block">
          <caption className="sr-only">
            Participants, their signature, consent to be bound, entry into force and reservations, on {dateText}
          </caption>
          <thead className="bg-slate-100 max-sm:sr-only">
            <tr>
              {columns.map((c) => {
                const active = c.sort && params.sort === c.sort
                const dir = active && params.dir === 'asc' ? 'desc' : 'asc'
                return (
                  <th
                    key={c.label}
                    scope="col"
                    className="px-3 py-2 align-bottom"
                    aria-sort={active ? (params.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    {c.sort ? (
                      <Link href={query(params, { sort: c.sort, dir })} className="underline">
                        {c.label}
                        {active ? (params.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                      </Link>
                    ) : (
                      c.label
                    )}
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody className="[&_a]:underline max-sm:block">
            {rows.map((row) => (
              <tr
                key={row.participant.code}
                className="border-t border-slate-100 align-top max-sm:block max-sm:px-3 max-sm:py-2"
              >
                <th scope="row" className="px-3 py-2 font-medium max-sm:block max-sm:px-0">
                  <Link href={jurisdictionHref(row.participant.code)}>{row.participant.name}</Link>
                  {row.status.status === 'denounced' && (
                    <span className="block text-xs font-normal">
                      Denounced {formatPartialDate(row.denunciation?.date, row.denunciation?.precision)}
                    </span>
                  )}
                </th>
                <td className={cell} data-label="Signature">
                  <ActionCell action={row.signature} label="signature" />
                </td>
                <td className={cell} data-label="Consent to be bound">
                  <ActionCell action={row.consent} label={row.consent ? treatyActionLabels[row.consent.action] : ''} />
                </td>
                <td className={cell} data-label="Entry into force">
                  {row.entryIntoForce ? (
                    formatPartialDate(row.entryIntoForce)
                  ) : (
                    <span className="text-slate-600">—</span>
                  )}
                </td>
                <td className={cell} data-label="Reservations">
                  {row.reservations.length ? (
                    <ul>
                      {row.reservations.map((r) => (
                        <li key={r.id}>
                          <a href={`#article-${normaliseArticle(r.articles[0] ?? '(no article)')}`}>
                            {reservationKindLabels[r.kind as keyof typeof reservationKindLabels] ?? r.kind}, art.{' '}
                            {r.articles.join(', ')}
                          </a>
                          {r.withdrawnOn && ' (withdrawn)'}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-slate-600">—</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length < total && (
        <p className="no-print mt-3">
          <Link
            href={`${query(params, { show: 'all' })}#participants-heading`}
            className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium"
          >
            Show all {total} participants
          </Link>
        </p>
      )}
      <p className="mt-2 text-xs text-slate-700">
        Dates link to their source; a year or month alone means the day is not recorded. * needs review: not yet
        compared with the depositary’s page.
      </p>
    </div>
  )
}
