import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { TextKindBadge, VerificationBadge } from '@/components/ui/verification-badge'
import { SourceLink } from '@/components/ui/source-link'
import { db } from '@/lib/db'
import { getJurisdictionProfile } from '@/lib/data/get-jurisdiction-profile'
import { formatLegalDate } from '@/lib/domain/labels'
import {
  instrumentKindLabels,
  instrumentStatusLabels,
  jurisdictionKindLabels,
  reservationKindLabels,
  treatyActionLabels,
} from '@/lib/schemas/enum-labels'
import { instrumentHref, jurisdictionGapsHref, jurisdictionHref, provisionHref, treatyHref } from '@/lib/domain/links'
import { jurisdictionCodeParamSchema } from '@/lib/schemas/browse'

type Props = { params: Promise<{ code: string }> }

async function load(params: Props['params']) {
  const parsed = jurisdictionCodeParamSchema.safeParse((await params).code)
  if (!parsed.success) notFound()
  const profile = await getJurisdictionProfile(db, { code: parsed.data })
  if (!profile) notFound()
  return profile
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = jurisdictionCodeParamSchema.safeParse((await params).code)
  return { title: parsed.success ? `Jurisdiction ${parsed.data}` : 'Jurisdiction' }
}

export default async function JurisdictionPage({ params }: Props) {
  const j = await load(params)
  return (
    <div>
      <PageHeader
        title={j.name}
        crumbs={[
          { href: '/jurisdictions', label: 'Jurisdictions' },
          ...(j.parent ? [{ href: jurisdictionHref(j.parent.code), label: j.parent.name }] : []),
        ]}
        lead={j.officialName && j.officialName !== j.name ? j.officialName : undefined}
      >
        <dl className="mt-4 grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="text-slate-600">Code</dt>
          <dd className="font-mono">{j.code}</dd>
          <dt className="text-slate-600">Kind</dt>
          <dd>
            {jurisdictionKindLabels[j.kind]}
            {j.sovereign && (
              <>
                {' '}
                — {(j.sovereignRelation ?? 'Territory of').toLowerCase()}{' '}
                <Link href={jurisdictionHref(j.sovereign.code)}>{j.sovereign.name}</Link>
              </>
            )}
          </dd>
          {j.territories.length > 0 && (
            <>
              <dt className="text-slate-600">Territories</dt>
              <dd>
                {j.territories.map((t, i) => (
                  <span key={t.code}>
                    {i > 0 && ', '}
                    <Link href={jurisdictionHref(t.code)}>{t.name}</Link>
                  </span>
                ))}
              </dd>
            </>
          )}
          {(j.regionName || j.subregionName) && (
            <>
              <dt className="text-slate-600">Region (UN M49)</dt>
              <dd>{[j.regionName, j.subregionName].filter(Boolean).join(' › ')}</dd>
            </>
          )}
          {j.memberships.length > 0 && (
            <>
              <dt className="text-slate-600">Member of</dt>
              <dd>
                {j.memberships.map((m, i) => (
                  <span key={m.organisation.code}>
                    {i > 0 && ', '}
                    <Link href={jurisdictionHref(m.organisation.code)}>{m.organisation.name}</Link>
                  </span>
                ))}
              </dd>
            </>
          )}
        </dl>
        {j.notes && <p className="mt-3 max-w-3xl text-sm text-slate-700">{j.notes}</p>}
        <div className="no-print mt-4 flex flex-wrap gap-3 text-sm">
          <Link
            href={`/search?jurisdiction=${j.code}`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5"
          >
            Search within {j.name}
          </Link>
          <Link href={jurisdictionGapsHref(j.code)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5">
            Gap report
          </Link>
          <Link href={`/compare?j=${j.code}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5">
            Compare with others
          </Link>
        </div>
      </PageHeader>

      {j.children.length > 0 && (
        <Section id="units" title="Sub-national units" count={j.children.length}>
          <p className="no-print mb-2 text-sm">
            Open a unit for the statutes and ages recorded for it, or see the units&apos; ages beside the states&apos;
            on the <Link href="/ages">ages map and table</Link>.
          </p>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {j.children.map((c) => (
              <li key={c.code}>
                <Link href={jurisdictionHref(c.code)}>{c.name}</Link>
              </li>
            ))}
          </ul>
        </Section>
      )}

      {j.members.length > 0 && (
        <Section id="members" title="Members" count={j.members.length}>
          <ul className="columns-2 gap-6 text-sm sm:columns-4">
            {j.members.map((m) => (
              <li key={m.member.code}>
                <Link href={jurisdictionHref(m.member.code)}>{m.member.name}</Link>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section
        id="instruments"
        title="Instruments"
        count={j.instruments.length}
        empty={`No instrument of ${j.name} is recorded yet.`}
      >
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {j.instruments.map((instrument) => (
            <li key={instrument.id} className="p-4">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={instrumentHref(instrument.uri)} className="font-medium">
                  {instrument.title}
                </Link>
                <VerificationBadge status={instrument.verification} />
              </div>
              <p className="mt-1 text-sm text-slate-700">
                {instrumentKindLabels[instrument.kind]} · {instrumentStatusLabels[instrument.status]}
                {instrument.inForceOn &&
                  (instrument.status === 'IN_FORCE' || instrument.status === 'PARTLY_IN_FORCE') && (
                    <> since {formatLegalDate(instrument.inForceOn)}</>
                  )}
                {instrument.officialCitation && <> · {instrument.officialCitation}</>}
              </p>
            </li>
          ))}
        </ul>
      </Section>

      <Section
        id="definitions"
        title="Legal definitions"
        count={j.definitions.length}
        empty={`No legal definition of ${j.name} is recorded yet.`}
      >
        <ul className="space-y-4">
          {j.definitions.map((d) => (
            <li key={d.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-2">
                <span className="rounded bg-brand-50 px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-brand-800">
                  {d.concept.name}
                </span>
                <h3 className="font-semibold">“{d.term}”</h3>
                <TextKindBadge kind={d.textKind} />
                <VerificationBadge status={d.verification} />
              </div>
              <blockquote className="law-text mt-2 border-l-4 border-slate-200 pl-3 text-slate-800">
                {d.text}
              </blockquote>
              <p className="mt-2 text-sm text-slate-700">
                {d.provision ? (
                  <Link href={provisionHref(d.provision.instrumentVersion.instrument.uri, d.provision.eId)}>
                    {d.citation}
                  </Link>
                ) : (
                  d.citation
                )}
                {d.sourceUrl && (
                  <>
                    {' '}
                    · <SourceLink href={d.sourceUrl} />
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      </Section>

      <Section
        id="ages"
        title="Age benchmarks"
        count={j.ageBenchmarks.length}
        empty={`No age benchmark of ${j.name} is recorded yet.`}
      >
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Benchmark
                </th>
                <th scope="col" className="px-3 py-2">
                  Age
                </th>
                <th scope="col" className="px-3 py-2">
                  Conditions
                </th>
                <th scope="col" className="px-3 py-2">
                  Source
                </th>
              </tr>
            </thead>
            <tbody>
              {j.ageBenchmarks.map((a) => (
                <tr key={a.id} className="border-t border-slate-100 align-top">
                  <th scope="row" className="px-3 py-2 font-medium">
                    {a.kind.name}
                  </th>
                  <td className="px-3 py-2 text-lg font-semibold tabular-nums">{a.age ?? 'none set'}</td>
                  <td className="px-3 py-2">
                    {a.conditions ?? '—'}
                    {(a.validFrom || a.validTo) && (
                      <span className="mt-1 block text-slate-700">
                        {a.validFrom && <>From {formatLegalDate(a.validFrom)}</>}
                        {a.validFrom && a.validTo && ' '}
                        {a.validTo && (
                          <>
                            {a.validFrom ? 'until' : 'Until'} {formatLegalDate(a.validTo)}
                          </>
                        )}
                      </span>
                    )}
                  </td>
                  <td className="px-3 py-2">
                    {a.citation}
                    {a.sourceUrl && (
                      <>
                        {' '}
                        · <SourceLink href={a.sourceUrl} />
                      </>
                    )}
                    <div className="mt-1">
                      <VerificationBadge status={a.verification} />
                      {a.lastVerifiedOn && (
                        <span className="ml-2 text-xs text-slate-700">checked {formatLegalDate(a.lastVerifiedOn)}</span>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section
        id="treaties"
        title="Treaty actions"
        count={j.treatyActions.length}
        empty={`No treaty action of ${j.name} is recorded yet.`}
      >
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {j.treatyActions.map((t) => (
            <li key={t.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 p-3 text-sm">
              <span className="font-medium">{treatyActionLabels[t.action]}</span>
              <span>{formatLegalDate(t.actionDate, t.datePrecision)}</span>
              <Link href={treatyHref(t.treaty.uri)}>{t.treaty.shortTitle ?? t.treaty.title}</Link>
              <VerificationBadge status={t.verification} />
              {t.sourceUrl && <SourceLink href={t.sourceUrl} />}
              {t.note && <span className="w-full text-slate-600">{t.note}</span>}
            </li>
          ))}
        </ul>
      </Section>

      {j.reservations.length > 0 && (
        <Section id="reservations" title="Reservations and declarations" count={j.reservations.length}>
          <ul className="space-y-3">
            {j.reservations.map((r) => (
              <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
                <p className="font-medium">
                  {reservationKindLabels[r.kind]} to {r.treaty.shortTitle ?? r.treaty.title}, art.{' '}
                  {r.articles.join(', ')}
                  {r.withdrawnOn && (
                    <span className="ml-2 text-slate-600">(withdrawn {formatLegalDate(r.withdrawnOn)})</span>
                  )}
                </p>
                <p className="law-text mt-1">{r.text}</p>
                <p className="mt-1">
                  <VerificationBadge status={r.verification} /> {r.sourceUrl && <SourceLink href={r.sourceUrl} />}
                </p>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  )
}
