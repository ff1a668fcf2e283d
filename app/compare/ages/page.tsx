import type { Metadata } from 'next'
import Link from 'next/link'
import { CompareControls } from '@/components/compare/compare-controls'
import { CompareForm } from '@/components/compare/compare-form'
import { CompareTabs } from '@/components/compare/compare-tabs'
import { ConsistencyFindings, FindingsSummary } from '@/components/compare/consistency-findings'
import { CopyLinkButton } from '@/components/compare/copy-link-button'
import { ExportLinks } from '@/components/compare/export-links'
import { ProblemsNotice } from '@/components/compare/problems-notice'
import { CompareTable } from '@/components/compare/compare-table'
import { VerificationBadge } from '@/components/ui/verification-badge'
import { SaveViewPanel } from '@/components/saved-views/save-view-panel'
import { PageHeader } from '@/components/ui/page-header'
import { SourceLink } from '@/components/ui/source-link'
import { db } from '@/lib/db'
import { findAgeComparison } from '@/lib/data/compare/find-age-comparison'
import { findCompareOptions } from '@/lib/data/compare/find-compare-options'
import type { AgeBenchmarkSummary } from '@/lib/domain/compare/compare-views'
import { formatLegalDate } from '@/lib/domain/labels'
import { compareSearchParams, parseAgesQuery } from '@/lib/schemas/compare'
import { saveViewAction } from '../../saved/actions'

export const metadata: Metadata = {
  title: 'Compare age benchmarks',
  description:
    'Ages of majority, consent, criminal responsibility and more, side by side, with an age-consistency check.',
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function CompareAgesPage({ searchParams }: Props) {
  const { query, problems } = parseAgesQuery(await searchParams)
  const ready = query.jurisdictions.length > 0 && !problems.some((p) => p.code === 'too-many')
  const [options, comparison] = await Promise.all([
    findCompareOptions(db),
    ready ? findAgeComparison(db, { jurisdictions: query.jurisdictions }) : Promise.resolve(null),
  ])
  const params = compareSearchParams({ jurisdictions: query.jurisdictions })

  // Conditions become numbered notes under the table, so cells stay short and the notes print.
  const notes: (AgeBenchmarkSummary & { jurisdiction: string; kind: string })[] = []
  const noteNumber = new Map<string, number>()
  for (const j of comparison?.jurisdictions ?? []) {
    for (const kind of comparison!.kinds) {
      for (const b of j.benchmarks[kind.code] ?? []) {
        notes.push({ ...b, jurisdiction: j.column.name, kind: kind.name })
        noteNumber.set(b.id, notes.length)
      }
    }
  }

  return (
    <div>
      <PageHeader
        title="Compare age benchmarks"
        lead="The ages the law sets, side by side, and whether they sit well together."
      />
      <CompareTabs current="/ages" jurisdictions={query.jurisdictions} />
      <ProblemsNotice problems={problems} notFound={comparison?.notFound} />
      <CompareControls folded={Boolean(comparison)} summary="Change the jurisdictions">
        <CompareForm action="/compare/ages" options={options} query={query} fields="ages" />
      </CompareControls>
      {!query.jurisdictions.length && (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4">
          Choose 1 to 8 jurisdictions above to see their age benchmarks.
        </p>
      )}

      {comparison && (
        <>
          <section aria-labelledby="ages-heading">
            <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
              <div>
                <h2 id="ages-heading" className="text-xl font-semibold">
                  Age benchmarks
                </h2>
                <p className="text-sm text-slate-700">
                  In force on {formatLegalDate(new Date(comparison.asOf))}. Conditions are numbered notes below the
                  table.
                </p>
              </div>
              <div className="flex flex-wrap items-center gap-2">
                <CopyLinkButton />
                <ExportLinks apiPath="/api/v1/compare/ages" params={params} label="these age benchmarks" />
                <SaveViewPanel
                  action={saveViewAction}
                  page="compare/ages"
                  query={params.toString()}
                  suggestedName={`Ages in ${query.jurisdictions.join(', ')}`}
                />
              </div>
            </div>
            <CompareTable id="ages-table" caption="Age benchmarks by jurisdiction">
              <thead>
                <tr>
                  <th
                    scope="col"
                    className="sticky left-0 top-0 z-30 w-36 min-w-36 border-b border-r border-slate-300 bg-slate-100 px-3 py-2 align-bottom sm:w-48"
                  >
                    Jurisdiction
                  </th>
                  <th
                    scope="col"
                    className="sticky top-0 z-20 min-w-36 border-b border-slate-300 bg-slate-100 px-3 py-2 align-bottom"
                  >
                    Consistency check
                  </th>
                  {comparison.kinds.map((kind) => (
                    <th
                      key={kind.code}
                      scope="col"
                      className="sticky top-0 z-20 min-w-36 border-b border-slate-300 bg-slate-100 px-3 py-2 align-bottom"
                    >
                      {kind.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {comparison.jurisdictions.map((j) => (
                  <tr key={j.column.key} className="align-top">
                    <th
                      scope="row"
                      className="sticky left-0 z-10 border-b border-r border-slate-200 bg-white px-3 py-3 text-left font-semibold"
                    >
                      <Link href={j.column.href}>{j.column.name}</Link>
                    </th>
                    <td data-label="Consistency check" className="border-b border-slate-200 px-3 py-3">
                      <FindingsSummary code={j.column.code} findings={j.findings} />
                    </td>
                    {comparison.kinds.map((kind) => {
                      const list = j.benchmarks[kind.code] ?? []
                      return (
                        <td key={kind.code} data-label={kind.name} className="border-b border-slate-200 px-3 py-3">
                          {j.belowNational[kind.code] && (
                            <p className="mb-1 text-sm font-medium">
                              <Link href={`/ages?kind=${kind.code}#below-${j.column.code}`}>
                                {j.belowNational[kind.code].text}
                              </Link>
                            </p>
                          )}
                          {list.length === 0 && j.belowNational[kind.code] ? null : list.length === 0 ? (
                            <span className="text-sm italic text-slate-700">
                              <span aria-hidden="true">∅ </span>Not recorded
                            </span>
                          ) : (
                            <ul className="space-y-2">
                              {list.map((b) => (
                                <li key={b.id}>
                                  <span className="text-lg font-semibold tabular-nums">
                                    {b.age ?? (j.belowNational[kind.code] ? 'no national age' : 'none set')}
                                  </span>
                                  <a href={`#age-note-${noteNumber.get(b.id)}`} className="ml-1 align-super text-xs">
                                    <span className="sr-only">note </span>
                                    {noteNumber.get(b.id)}
                                  </a>
                                  <div className="mt-1">
                                    <VerificationBadge status={b.verification} />
                                  </div>
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                      )
                    })}
                  </tr>
                ))}
              </tbody>
            </CompareTable>
            {notes.length > 0 && (
              <section aria-labelledby="age-notes-heading" className="mt-4">
                <h3 id="age-notes-heading" className="text-sm font-semibold">
                  Notes and sources
                </h3>
                <ol className="mt-2 space-y-2 text-sm">
                  {notes.map((note, index) => (
                    <li key={note.id} id={`age-note-${index + 1}`} className="flex gap-2">
                      <span className="font-mono text-slate-700">{index + 1}.</span>
                      <span>
                        <span className="font-medium">
                          {note.jurisdiction}, {note.kind}: {note.age ?? 'none set'}.
                        </span>{' '}
                        {note.conditions && <span>{note.conditions} </span>}
                        <span className="text-slate-700">
                          {note.href ? <Link href={note.href}>{note.citation}</Link> : note.citation}
                          {note.sourceUrl && (
                            <>
                              {' · '}
                              <SourceLink href={note.sourceUrl} />
                            </>
                          )}
                        </span>
                      </span>
                    </li>
                  ))}
                </ol>
              </section>
            )}
          </section>

          <section aria-labelledby="consistency-heading" className="mt-10">
            <h2 id="consistency-heading" className="text-xl font-semibold">
              Age-consistency check
            </h2>
            <p className="mt-1 max-w-3xl text-sm text-slate-700">
              Rules LexBridge applies to each jurisdiction’s ages: tensions between them, and with the under-18
              definition of a child in international law. A rule without the data it needs says so rather than passing.
            </p>
            <div className="mt-4 grid gap-4 lg:grid-cols-2">
              {comparison.jurisdictions.map((j) => (
                <ConsistencyFindings
                  key={j.column.key}
                  id={`check-${j.column.code}`}
                  name={j.column.name}
                  findings={j.findings}
                />
              ))}
            </div>
          </section>
        </>
      )}
    </div>
  )
}
