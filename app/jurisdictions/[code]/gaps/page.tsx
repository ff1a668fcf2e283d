import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { StatusBadge } from '@/components/gaps/status-badge'
import { PrintButton } from '@/components/print-button'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { db } from '@/lib/db'
import { keepGapInputsFresh } from '@/lib/data/gaps/gap-input-refresher'
import { getJurisdictionGapReport } from '@/lib/data/gaps/get-jurisdiction-gap-report'
import { isoDay } from '@/lib/domain/format-partial-date'
import { gapsHref } from '@/lib/domain/gaps/gap-url'
import { statusLabels } from '@/lib/domain/gaps/status-labels'
import { jurisdictionHref, provisionHref } from '@/lib/domain/links'
import { firstValues, jurisdictionCodeParamSchema } from '@/lib/schemas/browse'
import { gapReportParamsSchema } from '@/lib/schemas/gaps'
import type { ModelExample } from '@/lib/data/gaps/find-model-examples'

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = jurisdictionCodeParamSchema.safeParse((await params).code)
  return { title: parsed.success ? `Gap report ${parsed.data}` : 'Gap report' }
}

function Examples({ examples }: { examples: ModelExample[] | undefined }) {
  if (!examples?.length)
    return <p className="text-sm text-slate-700">No other jurisdiction’s provision is recorded as meeting this yet.</p>
  return (
    <ul className="list-disc pl-5 text-sm [&_a]:underline">
      {examples.map((x) => (
        <li key={`${x.code}-${x.eId}-${x.instrumentUri}`}>
          <Link href={jurisdictionHref(x.code)}>{x.name}</Link>:{' '}
          <Link href={provisionHref(x.instrumentUri, x.eId)}>
            {x.citation}
            {x.pinpoint && `, ${x.pinpoint}`}
          </Link>
        </li>
      ))}
    </ul>
  )
}

export default async function JurisdictionGapsPage({ params, searchParams }: Props) {
  const code = jurisdictionCodeParamSchema.safeParse((await params).code)
  if (!code.success) notFound()
  const { asOf } = gapReportParamsSchema.parse(firstValues(await searchParams))
  keepGapInputsFresh(db) // the cache refresher (decision 0304), started once per server
  const report = await getJurisdictionGapReport(db, { code: code.data, asOf })
  if (!report) notFound()
  const { jurisdiction: j, sections, examples } = report
  const dateText = report.date ? isoDay(report.date) : (asOf ?? 'today')

  return (
    <div>
      <PageHeader
        title={`Gap report: ${j.name}`}
        crumbs={[
          { href: '/jurisdictions', label: 'Jurisdictions' },
          { href: jurisdictionHref(j.code), label: j.name },
        ]}
        lead={`What ${j.name}'s law meets and misses under each baseline standard, as of ${dateText}, with provisions of other jurisdictions that meet each gap.`}
      >
        <div className="no-print mt-4 flex flex-wrap items-end gap-3">
          <form method="get" className="flex items-end gap-2">
            <div>
              <label htmlFor="asOf" className="block text-sm font-medium">
                As of date
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
          </form>
          <PrintButton />
        </div>
      </PageHeader>

      <Section id="summary" title="Summary" count={sections.length} empty="No baseline standard is recorded yet.">
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Results of {j.name} per standard</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Standard
                </th>
                {(['MET', 'PARTIAL', 'NOT_MET', 'RESERVED', 'UNKNOWN'] as const).map((s) => (
                  <th key={s} scope="col" className="px-3 py-2">
                    {statusLabels[s]}
                  </th>
                ))}
                <th scope="col" className="px-3 py-2">
                  Score
                </th>
              </tr>
            </thead>
            <tbody>
              {sections.map(({ standard, row }) => (
                <tr key={standard.slug} className="border-t border-slate-100">
                  <th scope="row" className="px-3 py-2 font-medium">
                    <Link href={gapsHref({ standard: standard.slug, asOf, show: 'all', cell: undefined })}>
                      {standard.name}
                    </Link>
                  </th>
                  {(['MET', 'PARTIAL', 'NOT_MET', 'RESERVED', 'UNKNOWN'] as const).map((s) => (
                    <td key={s} className="px-3 py-2 tabular-nums">
                      {row.totals.counts[s]}
                    </td>
                  ))}
                  <td className="px-3 py-2 tabular-nums">
                    {row.totals.percent === null
                      ? row.totals.assessed === 0
                        ? 'Not assessed yet'
                        : 'No score'
                      : `${row.totals.percent}% of assessed`}
                    <span className="block text-xs text-slate-700">
                      assessed {row.totals.assessed} of {row.totals.of}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      {sections.map(({ standard, row, gaps, notAssessed }) => (
        <Section
          key={standard.slug}
          id={`standard-${standard.slug}`}
          title={standard.name}
          count={gaps.length}
          empty={
            notAssessed.length
              ? 'No shortfall among the criteria assessed.'
              : 'Nothing is missing under this standard: every criterion is met or reserved.'
          }
        >
          <ol className="space-y-4">
            {gaps.map(({ cell, criterion, missing }) => (
              <li key={criterion.id} className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4">
                <div className="flex flex-wrap items-center gap-2">
                  <StatusBadge status={cell.status} size="xs" />
                  <h3 className="font-semibold">
                    <span className="font-mono">{criterion.code}</span> — {criterion.title}
                  </h3>
                  <Link
                    className="no-print text-sm"
                    href={gapsHref(
                      { standard: standard.slug, asOf, show: 'all', cell: { code: j.code, criterion: criterion.code } },
                      'evidence',
                    )}
                  >
                    Evidence
                  </Link>
                </div>
                {cell.dateNote && <p className="mt-1 text-sm">{cell.dateNote}</p>}
                {missing.length > 0 ? (
                  <ul className="mt-3 space-y-3">
                    {missing.map((e) => (
                      <li key={e.element.id}>
                        <p className="text-sm">
                          <span className="font-mono font-medium">{e.element.code}</span> (
                          {statusLabels[e.status].toLowerCase()}): {e.element.text}{' '}
                          {e.curated?.provision ? '' : <span className="font-medium">Provision: missing.</span>}
                          {e.dateNote && ` ${e.dateNote}`}
                        </p>
                        <p className="mt-1 text-xs font-semibold uppercase tracking-wide text-slate-700">
                          Met elsewhere by
                        </p>
                        <Examples examples={examples.get(e.element.id)} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <div className="mt-2">
                    <p className="text-sm">{criterion.text}</p>
                    <p className="mt-1 text-xs font-semibold uppercase tracking-wide text-slate-700">
                      Met elsewhere by
                    </p>
                    <Examples examples={examples.get(criterion.id)} />
                  </div>
                )}
              </li>
            ))}
          </ol>
          {notAssessed.length > 0 && (
            <p className="mt-2 text-sm text-slate-700">
              Not assessed yet ({notAssessed.length} of {row.cells.length} criteria), so neither met nor a gap:{' '}
              {notAssessed.map(({ criterion }) => criterion.code).join(', ')}.
            </p>
          )}
          {row.treaty && (
            <p className="mt-2 text-sm text-slate-700">
              Treaty status on {isoDay(row.date)}:{' '}
              {row.treaty.status === 'none'
                ? 'no signature, ratification or accession recorded in LexBridge'
                : row.treaty.status}
              .
            </p>
          )}
        </Section>
      ))}
    </div>
  )
}
