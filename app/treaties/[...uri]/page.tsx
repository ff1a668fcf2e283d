import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { TreatyMap } from '@/components/treaties/treaty-map'
import { TreatyStatusTable } from '@/components/treaties/status-table'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { SourceLink } from '@/components/ui/source-link'
import { VerificationBadge } from '@/components/ui/verification-badge'
import { db } from '@/lib/db'
import { getTreaty } from '@/lib/data/treaties/get-treaty'
import { todayUtc } from '@/lib/domain/gaps/validity-at'
import { isoDay } from '@/lib/domain/format-partial-date'
import { gapsHref } from '@/lib/domain/gaps/gap-url'
import { treatyStatusLabels } from '@/lib/domain/gaps/status-labels'
import { formatLegalDate } from '@/lib/domain/labels'
import { instrumentStatusLabels, reservationKindLabels } from '@/lib/schemas/enum-labels'
import { countParties, filterStatusRows, latestActionOn, sortStatusRows } from '@/lib/domain/treaties/status-table'
import { instrumentHref, jurisdictionHref } from '@/lib/domain/links'
import { statusHeadline } from '@/lib/domain/treaties/status-headline'
import { firstValues } from '@/lib/schemas/browse'
import { PARTICIPANTS_PAGE, treatyPageParamsSchema, treatyUriSegmentsSchema } from '@/lib/schemas/treaty-params'

type Props = {
  params: Promise<{ uri: string[] }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const uri = treatyUriSegmentsSchema.safeParse((await params).uri)
  return { title: uri.success ? `Treaty ${uri.data}` : 'Treaty' }
}

export default async function TreatyPage({ params, searchParams }: Props) {
  const uri = treatyUriSegmentsSchema.safeParse((await params).uri)
  if (!uri.success) notFound()
  const query = treatyPageParamsSchema.parse(firstValues(await searchParams))
  const { asOf } = query
  const date = asOf ? new Date(`${asOf}T00:00:00Z`) : todayUtc()
  const detail = await getTreaty(db, { uri: uri.data, date })
  if (!detail) notFound()
  const { treaty: t, rows, counts, articles, lastVerifiedOn, status, organisations } = detail
  const tableRows = sortStatusRows(filterStatusRows(status, query.org), query.sort, query.dir)
  const shownRows = query.show === 'all' ? tableRows : tableRows.slice(0, PARTICIPANTS_PAGE)
  const headline = statusHeadline({
    parties: countParties(status),
    statusAsOf: t.statusAsOf,
    date: asOf ? date : null,
    latestActionOn: latestActionOn(status),
  })
  const name = t.shortTitle ?? t.title
  const dateText = isoDay(date)

  return (
    <div>
      <PageHeader
        title={t.title}
        crumbs={[{ href: '/treaties', label: 'Treaties' }]}
        lead={t.officialCitation ?? undefined}
      >
        <dl className="mt-4 grid max-w-3xl [&_a]:underline grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="text-slate-700">Issued by</dt>
          <dd>{t.jurisdiction.name}</dd>
          {t.adoptedOn && (
            <>
              <dt className="text-slate-700">Adopted</dt>
              <dd>{formatLegalDate(t.adoptedOn)}</dd>
            </>
          )}
          <dt className="text-slate-700">Status</dt>
          <dd>
            {instrumentStatusLabels[t.status]}
            {t.inForceOn && `, in force since ${formatLegalDate(t.inForceOn)}`}
          </dd>
          <dt className="text-slate-700">Parties</dt>
          <dd>
            {headline}
            {t.statusSourceUrl && (
              <>
                {' '}
                (<SourceLink href={t.statusSourceUrl} label="depositary’s status page" />)
              </>
            )}
          </dd>
          <dt className="text-slate-700">Status last verified</dt>
          <dd>{lastVerifiedOn ? formatLegalDate(lastVerifiedOn) : 'not recorded'}</dd>
          <dt className="text-slate-700">Text</dt>
          <dd>
            <Link href={instrumentHref(t.uri)}>Articles in LexBridge</Link>
            {t.officialUrl && (
              <>
                {' '}
                · <SourceLink href={t.officialUrl} />
              </>
            )}
          </dd>
          {t.standards.length > 0 && (
            <>
              <dt className="text-slate-700">Gap analysis</dt>
              <dd>
                {t.standards.map((s, i) => (
                  <span key={s.slug}>
                    {i > 0 && ', '}
                    <Link href={gapsHref({ standard: s.slug })}>{s.name}</Link>
                  </span>
                ))}
              </dd>
            </>
          )}
        </dl>
        {t.summary && <p className="mt-4 max-w-3xl text-sm text-slate-700">{t.summary}</p>}
      </PageHeader>

      <form
        method="get"
        className="no-print flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3"
      >
        <div>
          <label htmlFor="asOf" className="block text-sm font-medium">
            Status as of
          </label>
          <input
            id="asOf"
            name="asOf"
            type="date"
            defaultValue={asOf ?? ''}
            className="mt-1 rounded-md border border-slate-400 px-2 py-1.5 text-sm"
          />
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white">
          Show
        </button>
        <p className="text-xs text-slate-700">Empty: today. Undated actions count at any date.</p>
      </form>

      <Section id="status" title={`Status on ${dateText}`}>
        <ul className="mb-4 flex flex-wrap gap-3 text-sm" aria-label="Counts">
          <li className="rounded-md border border-slate-200 bg-white px-3 py-2">
            <span className="text-2xl font-semibold tabular-nums">{counts.party}</span>{' '}
            {counts.party === 1 ? 'party' : 'parties'}
          </li>
          <li className="rounded-md border border-slate-200 bg-white px-3 py-2">
            <span className="text-2xl font-semibold tabular-nums">{counts.signatory}</span>{' '}
            {counts.signatory === 1 ? 'signatory' : 'signatories'} (signed only)
          </li>
          {counts.denounced > 0 && (
            <li className="rounded-md border border-slate-200 bg-white px-3 py-2">
              <span className="text-2xl font-semibold tabular-nums">{counts.denounced}</span> denounced
            </li>
          )}
          <li className="rounded-md border border-slate-200 bg-white px-3 py-2">
            <span className="text-2xl font-semibold tabular-nums">{rows.length}</span> with any recorded action
          </li>
        </ul>
        <p className="mb-4 max-w-3xl text-sm text-slate-700 [&_a]:underline">
          Counts and the map (below the participants) show the actions recorded in LexBridge, which may not yet include
          every state: a jurisdiction with no recorded action may still have signed or ratified.
          {t.officialUrl ? (
            <>
              {' '}
              The depositary’s list is authoritative (<SourceLink href={t.officialUrl} />
              ).
            </>
          ) : (
            ' The depositary’s list is authoritative.'
          )}
        </p>
      </Section>

      <Section
        id="participants"
        title="Participants"
        count={tableRows.length}
        empty="No signature, ratification or other action is recorded for this treaty yet."
      >
        <TreatyStatusTable
          treatyUri={t.uri}
          rows={shownRows}
          total={tableRows.length}
          organisations={organisations}
          params={query}
          dateText={dateText}
        />
      </Section>

      <Section id="map" title={`Map of parties on ${dateText}`}>
        <TreatyMap title={name} rows={status} dateText={dateText} />
      </Section>

      <Section
        id="reservations"
        title="Reservations and declarations by article"
        count={articles.length}
        empty="No reservation or declaration is recorded for this treaty."
      >
        <div className="space-y-4 [&_a]:underline">
          {articles.map(({ article, reservations }) => (
            <section
              key={article}
              aria-labelledby={`article-${article}`}
              className="rounded-lg border border-slate-200 bg-white p-4"
            >
              <h3 id={`article-${article}`} className="font-semibold">
                Article {article}
              </h3>
              <ul className="mt-2 space-y-3">
                {reservations.map((r) => (
                  <li key={r.id} className="text-sm">
                    <p className="font-medium">
                      <Link href={jurisdictionHref(r.jurisdiction.code)}>{r.jurisdiction.name}</Link> —{' '}
                      {reservationKindLabels[r.kind as keyof typeof reservationKindLabels] ?? r.kind}
                      {r.articles.length > 1 && (
                        <span className="font-normal text-slate-700">
                          {' '}
                          (also art. {r.articles.filter((a) => a !== article).join(', ')})
                        </span>
                      )}
                      {r.madeOn && (
                        <span className="font-normal text-slate-700">, made {formatLegalDate(r.madeOn)}</span>
                      )}
                      {r.withdrawnOn && (
                        <span className="font-normal"> — withdrawn {formatLegalDate(r.withdrawnOn)}</span>
                      )}
                    </p>
                    <ReservationText text={r.text} />
                    <p className="mt-1 flex gap-2">
                      <VerificationBadge status={r.verification} />
                      {r.sourceUrl && <SourceLink href={r.sourceUrl} />}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </Section>
    </div>
  )
}

/** Long reservation texts fold after their opening words, keeping the page light to read on a phone. */
function ReservationText({ text }: { text: string }) {
  if (text.length <= 400) return <p className="law-text mt-1">{text}</p>
  const cut = text.lastIndexOf(' ', 300)
  return (
    <details className="mt-1">
      <summary className="law-text cursor-pointer">
        {text.slice(0, cut > 0 ? cut : 300)} … <span className="font-sans text-xs underline">Show the full text</span>
      </summary>
      <p className="law-text">{text}</p>
    </details>
  )
}
