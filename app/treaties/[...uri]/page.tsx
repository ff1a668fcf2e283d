import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { TreatyMap } from '@/components/treaties/treaty-map'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { SourceLink } from '@/components/ui/source-link'
import { VerificationBadge } from '@/components/ui/verification-badge'
import { db } from '@/lib/db'
import { getTreaty } from '@/lib/data/treaties/get-treaty'
import { isoDay, todayUtc } from '@/lib/domain/gaps/dates'
import { gapsHref } from '@/lib/domain/gaps/gap-url'
import { treatyStatusLabels } from '@/lib/domain/gaps/labels'
import { formatLegalDate } from '@/lib/domain/labels'
import { instrumentStatusLabels, reservationKindLabels, treatyActionLabels } from '@/lib/schemas/enum-labels'
import { instrumentHref, jurisdictionHref } from '@/lib/domain/links'
import { firstValues } from '@/lib/schemas/browse'
import { treatyPageParamsSchema, treatyUriSegmentsSchema } from '@/lib/schemas/treaties'

type Props = { params: Promise<{ uri: string[] }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const uri = treatyUriSegmentsSchema.safeParse((await params).uri)
  return { title: uri.success ? `Treaty ${uri.data}` : 'Treaty' }
}

export default async function TreatyPage({ params, searchParams }: Props) {
  const uri = treatyUriSegmentsSchema.safeParse((await params).uri)
  if (!uri.success) notFound()
  const { asOf } = treatyPageParamsSchema.parse(firstValues(await searchParams))
  const date = asOf ? new Date(`${asOf}T00:00:00Z`) : todayUtc()
  const detail = await getTreaty(db, { uri: uri.data, date })
  if (!detail) notFound()
  const { treaty: t, rows, counts, articles, lastVerifiedOn } = detail
  const name = t.shortTitle ?? t.title
  const dateText = isoDay(date)

  return (
    <div>
      <PageHeader title={t.title} crumbs={[{ href: '/treaties', label: 'Treaties' }]} lead={t.officialCitation ?? undefined}>
        <dl className="mt-4 grid max-w-3xl [&_a]:underline grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="text-slate-700">Issued by</dt>
          <dd>{t.jurisdiction.name}</dd>
          {t.adoptedOn && (<><dt className="text-slate-700">Adopted</dt><dd>{formatLegalDate(t.adoptedOn)}</dd></>)}
          <dt className="text-slate-700">Status</dt>
          <dd>{instrumentStatusLabels[t.status]}{t.inForceOn && `, in force since ${formatLegalDate(t.inForceOn)}`}</dd>
          <dt className="text-slate-700">Status last verified</dt>
          <dd>{lastVerifiedOn ? formatLegalDate(lastVerifiedOn) : 'not recorded'}</dd>
          <dt className="text-slate-700">Text</dt>
          <dd>
            <Link href={instrumentHref(t.uri)}>Articles in LexBridge</Link>
            {t.officialUrl && <> · <SourceLink href={t.officialUrl} /></>}
          </dd>
          {t.standards.length > 0 && (
            <>
              <dt className="text-slate-700">Gap analysis</dt>
              <dd>
                {t.standards.map((s, i) => (
                  <span key={s.slug}>{i > 0 && ', '}<Link href={gapsHref({ standard: s.slug })}>{s.name}</Link></span>
                ))}
              </dd>
            </>
          )}
        </dl>
        {t.summary && <p className="mt-4 max-w-3xl text-sm text-slate-700">{t.summary}</p>}
      </PageHeader>

      <form method="get" className="no-print flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3">
        <div>
          <label htmlFor="asOf" className="block text-sm font-medium">Status as of</label>
          <input id="asOf" name="asOf" type="date" defaultValue={asOf ?? ''} className="mt-1 rounded-md border border-slate-400 px-2 py-1.5 text-sm" />
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white">Show</button>
        <p className="text-xs text-slate-700">Empty: today. Undated actions count at any date.</p>
      </form>

      <Section id="status" title={`Status on ${dateText}`}>
        <ul className="mb-4 flex flex-wrap gap-3 text-sm" aria-label="Counts">
          <li className="rounded-md border border-slate-200 bg-white px-3 py-2"><span className="text-2xl font-semibold tabular-nums">{counts.party}</span> {counts.party === 1 ? 'party' : 'parties'}</li>
          <li className="rounded-md border border-slate-200 bg-white px-3 py-2"><span className="text-2xl font-semibold tabular-nums">{counts.signatory}</span> {counts.signatory === 1 ? 'signatory' : 'signatories'} (signed only)</li>
          {counts.denounced > 0 && <li className="rounded-md border border-slate-200 bg-white px-3 py-2"><span className="text-2xl font-semibold tabular-nums">{counts.denounced}</span> denounced</li>}
          <li className="rounded-md border border-slate-200 bg-white px-3 py-2"><span className="text-2xl font-semibold tabular-nums">{rows.length}</span> with any recorded action</li>
        </ul>
        <p className="mb-4 max-w-3xl text-sm text-slate-700 [&_a]:underline">
          Counts and the map show the actions recorded in LexBridge, which may not yet include every state: a jurisdiction with no recorded action may still have signed or ratified.
          {t.officialUrl ? <> The depositary’s list is authoritative (<SourceLink href={t.officialUrl} />).</> : ' The depositary’s list is authoritative.'}
        </p>
        <TreatyMap title={name} rows={rows} dateText={dateText} />
      </Section>

      <Section id="timelines" title="Events by jurisdiction" count={rows.length} empty="No signature, ratification or other action is recorded for this treaty yet.">
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Each jurisdiction’s status on {dateText} and its events, with sources</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">Jurisdiction</th>
                <th scope="col" className="px-3 py-2">Status on {dateText}</th>
                <th scope="col" className="px-3 py-2">Timeline</th>
                <th scope="col" className="px-3 py-2">Last verified</th>
              </tr>
            </thead>
            <tbody className="[&_a]:underline">
              {rows.map((row) => (
                <tr key={row.jurisdiction.code} className="border-t border-slate-100 align-top">
                  <th scope="row" className="px-3 py-2 font-medium">
                    <Link href={jurisdictionHref(row.jurisdiction.code)}>{row.jurisdiction.name}</Link>
                  </th>
                  <td className="px-3 py-2">
                    {treatyStatusLabels[row.status.status]}
                    {row.status.dateUnknown && <span className="block text-xs text-slate-700">date not recorded</span>}
                    {row.reservationCount > 0 && <span className="block text-xs"><a href="#reservations">{row.reservationCount} reservation{row.reservationCount > 1 ? 's' : ''} or declaration{row.reservationCount > 1 ? 's' : ''}</a></span>}
                  </td>
                  <td className="px-3 py-2">
                    <ol className="space-y-1">
                      {row.events.map((e) => (
                        <li key={e.id}>
                          <span className="font-medium">{treatyActionLabels[e.action]}</span> — {formatLegalDate(e.date, e.precision)}
                          {e.sourceUrl && <> · <SourceLink href={e.sourceUrl} label="source" /></>}
                          {e.verification === 'NEEDS_REVIEW' && <> · <VerificationBadge status={e.verification} /></>}
                          {e.note && <span className="block text-xs text-slate-700">{e.note}</span>}
                        </li>
                      ))}
                    </ol>
                  </td>
                  <td className="px-3 py-2">{row.lastVerifiedOn ? formatLegalDate(row.lastVerifiedOn) : 'not recorded'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section id="reservations" title="Reservations and declarations by article" count={articles.length} empty="No reservation or declaration is recorded for this treaty.">
        <div className="space-y-4 [&_a]:underline">
          {articles.map(({ article, reservations }) => (
            <section key={article} aria-labelledby={`article-${article}`} className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 id={`article-${article}`} className="font-semibold">Article {article}</h3>
              <ul className="mt-2 space-y-3">
                {reservations.map((r) => (
                  <li key={r.id} className="text-sm">
                    <p className="font-medium">
                      <Link href={jurisdictionHref(r.jurisdiction.code)}>{r.jurisdiction.name}</Link> — {reservationKindLabels[r.kind as keyof typeof reservationKindLabels] ?? r.kind}
                      {r.articles.length > 1 && <span className="font-normal text-slate-700"> (also art. {r.articles.filter((a) => a !== article).join(', ')})</span>}
                      {r.madeOn && <span className="font-normal text-slate-700">, made {formatLegalDate(r.madeOn)}</span>}
                      {r.withdrawnOn && <span className="font-normal"> — withdrawn {formatLegalDate(r.withdrawnOn)}</span>}
                    </p>
                    <p className="law-text mt-1">{r.text}</p>
                    <p className="mt-1 flex gap-2"><VerificationBadge status={r.verification} />{r.sourceUrl && <SourceLink href={r.sourceUrl} />}</p>
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
