import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { CompareTabs } from '@/components/compare/compare-tabs'
import { CopyLinkButton } from '@/components/compare/copy-link-button'
import { DiffLegend, DiffView } from '@/components/compare/diff-view'
import { JurisdictionPicker } from '@/components/compare/jurisdiction-picker'
import { ProblemsNotice } from '@/components/compare/problems-notice'
import { CopyCitationButton } from '@/components/copy-citation-button'
import { PageHeader } from '@/components/ui/page-header'
import { TextKindBadge, VerificationBadge } from '@/components/ui/verification-badge'
import { db } from '@/lib/db'
import { findCompareOptions } from '@/lib/data/compare/find-compare-options'
import { findDiffCandidates } from '@/lib/data/compare/find-diff-candidates'
import { getDiffSide, getProvisionDiff } from '@/lib/data/compare/get-provision-diff'
import type { DiffSide } from '@/lib/domain/compare/compare-views'
import { formatLegalDate } from '@/lib/domain/labels'
import { compareHref } from '@/lib/domain/links'
import { allValues, compareSearchParams, parseDiffQuery } from '@/lib/schemas/compare'

export const metadata: Metadata = {
  title: 'Compare texts',
  description: 'A word-level diff of two provisions: two jurisdictions, or two versions of one provision.',
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function CompareDiffPage({ searchParams }: Props) {
  const raw = await searchParams
  const { query, problems } = parseDiffQuery(raw)
  const href = (a?: string, b?: string) =>
    compareHref('/diff', compareSearchParams({ jurisdictions: query.jurisdictions }, { a, b }))
  // A form that ticked two `p` boxes lands on the canonical, shareable ?a=…&b=… address.
  if (allValues(raw, 'p').length && query.a) redirect(href(query.a, query.b))

  return (
    <div>
      <PageHeader
        title="Compare texts"
        lead="Two provisions word by word: the same question in two jurisdictions, or one provision before and after an amendment."
      />
      <CompareTabs current="/diff" jurisdictions={query.jurisdictions} />
      <ProblemsNotice problems={problems.filter((p) => p.code !== 'too-many')} />
      {!query.a ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-slate-800">
          Pick a provision to start: in a{' '}
          <Link href={compareHref('', compareSearchParams({ jurisdictions: query.jurisdictions }))}>comparison</Link>,
          every provision has a “Compare text” link.
        </p>
      ) : query.b ? (
        <DiffResult a={query.a} b={query.b} href={href} />
      ) : (
        <ChooseSecond a={query.a} jurisdictions={query.jurisdictions} href={href} />
      )}
    </div>
  )
}

async function DiffResult({ a, b, href }: { a: string; b: string; href: (a?: string, b?: string) => string }) {
  const diff = await getProvisionDiff(db, { a, b })
  if ('missing' in diff) {
    return (
      <p role="status" className="rounded-md border border-amber-700/30 bg-amber-50 p-4 text-amber-950">
        {diff.missing.length === 2
          ? 'Neither provision is'
          : `The ${diff.missing[0] === 'a' ? 'first' : 'second'} provision is not`}{' '}
        published in LexBridge. <Link href={href(diff.missing.includes('a') ? undefined : a)}>Choose again</Link>.
      </p>
    )
  }
  return (
    <section aria-labelledby="diff-heading">
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="diff-heading" className="text-xl font-semibold">
            {diff.a.citation} <span className="font-normal text-slate-700">compared with</span> {diff.b.citation}
          </h2>
          <p className="text-sm text-slate-700" role="status">
            {diff.identical
              ? 'The two texts are identical.'
              : `${diff.removed} ${diff.removed === 1 ? 'word' : 'words'} only in the first, ${diff.added} only in the second.`}
          </p>
        </div>
        <div className="no-print flex flex-wrap items-center gap-2 text-sm">
          <Link
            href={href(diff.b.id, diff.a.id)}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 no-underline"
          >
            Swap sides
          </Link>
          <Link href={href(diff.a.id)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 no-underline">
            Compare with another
          </Link>
          <CopyLinkButton />
        </div>
      </div>
      <DiffLegend />
      <div className="mt-2">
        <DiffView segments={diff.segments} />
      </div>
      {(diff.a.textKind === 'SUMMARY' || diff.b.textKind === 'SUMMARY') && (
        <p className="mt-2 text-sm text-amber-950">
          <span aria-hidden="true">⚠ </span>At least one text is LexBridge’s summary, not the law’s wording: differences
          may be in the summary only.
        </p>
      )}
      <div className="mt-6 grid gap-4 md:grid-cols-2">
        <Side label="First text" side={diff.a} />
        <Side label="Second text" side={diff.b} />
      </div>
    </section>
  )
}

function Side({ label, side }: { label: string; side: DiffSide }) {
  const version = side.version.validFrom
    ? `version from ${formatLegalDate(new Date(side.version.validFrom))}${side.version.validTo ? ` until ${formatLegalDate(new Date(side.version.validTo))}` : ''}`
    : 'undated version'
  return (
    <article aria-label={`${label}: ${side.citation}`} className="rounded-lg border border-slate-200 bg-white p-4">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-700">{label}</p>
      <h3 className="mt-1 font-semibold">{[side.num, side.heading].filter(Boolean).join(' — ') || side.citation}</h3>
      <p className="text-sm text-slate-700">
        {side.jurisdiction.name} · {side.instrument.shortTitle ?? side.instrument.title} · {version}
      </p>
      <div className="mt-2 flex flex-wrap gap-1.5">
        <VerificationBadge status={side.verification} />
        <TextKindBadge kind={side.textKind} />
      </div>
      <p className="law-text mt-3 text-slate-800">{side.text}</p>
      <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
        <cite className="not-italic">{side.citation}</cite>
        <CopyCitationButton citation={side.citation} />
        <Link href={side.href}>Open the provision</Link>
      </div>
    </article>
  )
}

async function ChooseSecond({
  a,
  jurisdictions,
  href,
}: {
  a: string
  jurisdictions: string[]
  href: (a?: string, b?: string) => string
}) {
  const first = await getDiffSide(db, { id: a })
  if (!first)
    return (
      <p className="rounded-md border border-amber-700/30 bg-amber-50 p-4 text-amber-950">
        That provision is not published in LexBridge.
      </p>
    )
  const [candidates, options] = await Promise.all([
    findDiffCandidates(db, {
      a: {
        id: first.side.id,
        eId: first.side.eId,
        instrumentId: first.instrumentId,
        topicIds: first.topicIds,
        jurisdictionCode: first.side.jurisdiction.code,
      },
      jurisdictions: jurisdictions.slice(0, 8),
    }),
    findCompareOptions(db),
  ])
  return (
    <div className="space-y-6">
      <Side label="First text" side={first.side} />
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading" className="text-lg font-semibold">
          Other versions of this provision
        </h2>
        {candidates.otherVersions.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">No other version of this provision is recorded.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {candidates.otherVersions.map((v) => (
              <li key={v.id}>
                <Link href={href(v.id, a)}>
                  Version {v.validFrom ? `from ${formatLegalDate(new Date(v.validFrom))}` : 'undated'}
                  {v.validTo ? ` until ${formatLegalDate(new Date(v.validTo))}` : ''} ({v.language.toUpperCase()})
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="same-topic-heading">
        <h2 id="same-topic-heading" className="text-lg font-semibold">
          Provisions on the same topics
        </h2>
        {candidates.sameTopic.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">
            No provision on the same topics is recorded for the chosen jurisdictions.
          </p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {candidates.sameTopic.map((p) => (
              <li key={p.id}>
                <Link href={href(a, p.id)}>
                  {p.jurisdiction}: {p.label}
                </Link>{' '}
                <span className="text-slate-700">({p.instrument})</span>
              </li>
            ))}
          </ul>
        )}
        {candidates.truncated && (
          <p className="mt-1 text-xs text-slate-700">
            Only the first 60 are listed; choose fewer jurisdictions to narrow the list.
          </p>
        )}
        <form
          action="/compare/diff"
          method="get"
          className="no-print mt-4 rounded-lg border border-slate-200 bg-white p-4"
        >
          <input type="hidden" name="a" value={a} />
          <JurisdictionPicker jurisdictions={options.jurisdictions} selected={jurisdictions} />
          <button
            type="submit"
            className="mt-3 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
          >
            List their provisions
          </button>
        </form>
      </section>
    </div>
  )
}
