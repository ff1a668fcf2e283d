import type { Metadata } from 'next'
import Link from 'next/link'
import { ObligationCard } from '@/components/readiness/obligation-card'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { db } from '@/lib/db'
import { findReadinessOptions, getRatificationReadiness } from '@/lib/data/drafts/get-ratification-readiness'
import { formatLegalDate } from '@/lib/domain/labels'
import { describeReadiness } from '@/lib/domain/drafts/readiness'
import { isoDay } from '@/lib/domain/format-partial-date'
import { jurisdictionHref, treatyHref } from '@/lib/domain/links'
import { firstValues } from '@/lib/schemas/browse'
import { readinessParamsSchema } from '@/lib/schemas/drafts'
import { allOf } from '@/lib/data/drafts/all-of'

export const metadata: Metadata = { title: 'Ratification readiness' }
const participationLabels = {
  party: 'Party',
  signatory: 'Signed, not ratified',
  denounced: 'Denounced',
  none: 'No action recorded',
} as const
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function ReadinessPage({ searchParams }: Props) {
  const query = readinessParamsSchema.parse(firstValues(await searchParams))
  const [options, result] = await allOf([
    () => findReadinessOptions(db),
    () =>
      query.j && query.treaty
        ? getRatificationReadiness(db, { jurisdictionCode: query.j, treatyUri: query.treaty })
        : null,
  ])
  return (
    <div>
      <PageHeader
        title="Ratification readiness"
        lead="Is a jurisdiction's law ready for a treaty? Each obligation with the provisions that satisfy it, the gaps, and the reservations the treaty allows that would cover a gap."
      />
      <form
        method="get"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
        aria-label="Choose a jurisdiction and a treaty"
      >
        <div className="min-w-0 max-w-full">
          <label htmlFor="readiness-j" className="block text-sm font-medium">
            Jurisdiction
          </label>
          <select
            id="readiness-j"
            name="j"
            defaultValue={query.j ?? ''}
            className="mt-1 w-64 max-w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
          >
            <option value="">Choose a jurisdiction</option>
            {options.jurisdictions.map((j) => (
              <option key={j.code} value={j.code}>
                {j.name}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0 max-w-full">
          <label htmlFor="readiness-treaty" className="block text-sm font-medium">
            Treaty
          </label>
          <select
            id="readiness-treaty"
            name="treaty"
            defaultValue={query.treaty ?? ''}
            className="mt-1 w-96 max-w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
          >
            <option value="">Choose a treaty</option>
            {options.treaties.map((t) => (
              <option key={t.uri} value={t.uri}>
                {t.shortTitle ?? t.title}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
        >
          Check readiness
        </button>
      </form>

      {!query.j || !query.treaty ? (
        <p className="mt-6 max-w-3xl text-slate-700">
          Choose a jurisdiction and a treaty. Only treaties with obligations recorded as a baseline standard are listed
          ({options.treaties.length}).
        </p>
      ) : !result ? (
        <p role="alert" className="mt-6 rounded-md border border-amber-700/30 bg-amber-50 p-4 text-amber-950">
          That jurisdiction or treaty is not in LexBridge. Choose from the lists above.
        </p>
      ) : (
        <Report result={result} />
      )}
    </div>
  )
}

function Report({ result }: { result: NonNullable<Awaited<ReturnType<typeof getRatificationReadiness>>> }) {
  const { jurisdiction, treaty, participation, readiness } = result
  const t = readiness.totals
  const criterionCrosswalks = (criterionId: string) =>
    result.crosswalks.filter((c) => c.entries.some((e) => e.criterionId === criterionId))
  return (
    <>
      <Section id="summary" title={`${jurisdiction.name} and the ${treaty.shortTitle ?? treaty.title}`}>
        <p className="text-sm text-slate-700">
          <Link href={jurisdictionHref(jurisdiction.code)}>{jurisdiction.name}</Link> ·{' '}
          <Link href={treatyHref(treaty.uri)}>{treaty.title}</Link> · Status:{' '}
          <strong>{participationLabels[participation.status]}</strong>
          {participation.since && <> (since {formatLegalDate(participation.since, participation.precision)})</>}
        </p>
        <dl className="mt-3 grid max-w-3xl grid-cols-2 gap-3 sm:grid-cols-4">
          {[
            ['Already satisfied', t.READY],
            ['Satisfied with reservations', t.READY_WITH_RESERVATIONS],
            ['Changes needed', t.CHANGES_NEEDED],
            ['Not assessed yet', t.NOT_ASSESSED],
          ].map(([label, value]) => (
            <div key={label} className="rounded-lg border border-slate-200 bg-white p-3">
              <dt className="text-sm text-slate-700">{label}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 max-w-3xl">{describeReadiness(readiness)}</p>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">
          Judged on {isoDay(result.date)} exactly as the gap matrix judges each criterion. Obligations covered: every
          criterion of{' '}
          {result.standards.map((s, i) => (
            <span key={s.slug}>
              {i > 0 && ', '}
              <Link href={`/gaps?standard=${s.slug}`}>{s.name}</Link>
            </span>
          ))}
          ; articles of the treaty that no baseline standard models are not judged here.
        </p>
      </Section>

      <Section
        id="reservations"
        title="Reservations the treaty allows"
        count={readiness.allowedReservations.length}
        empty="No reservation is recorded as allowed for these obligations."
      >
        <ul className="space-y-2 text-sm">
          {readiness.allowedReservations.map((r) => (
            <li key={r.article} className="rounded-md border border-slate-200 bg-white p-3">
              <span className="font-medium">Art. {r.article}</span>:{' '}
              {r.elements.map((e) => `${e.text} (${e.obligation})`).join('; ')}.{' '}
              {r.wouldCoverGap ? (
                <strong>Would cover a gap of {result.jurisdiction.name}.</strong>
              ) : (
                'Not needed: no gap it would cover.'
              )}
              {r.alreadyMade && ' Already made by this jurisdiction.'}
            </li>
          ))}
        </ul>
      </Section>

      <Section
        id="obligations"
        title="Obligations"
        count={readiness.obligations.length}
        empty="No obligation of this treaty is recorded."
      >
        <ol className="space-y-4">
          {readiness.obligations.map((item) => (
            <li key={item.obligation.id}>
              <ObligationCard item={item} crosswalks={criterionCrosswalks(item.obligation.id)} />
            </li>
          ))}
        </ol>
      </Section>
    </>
  )
}
