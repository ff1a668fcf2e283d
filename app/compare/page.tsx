import type { Metadata } from 'next'
import { CompareControls } from '@/components/compare/compare-controls'
import { CompareForm } from '@/components/compare/compare-form'
import { CompareTabs } from '@/components/compare/compare-tabs'
import { CopyLinkButton } from '@/components/compare/copy-link-button'
import { ExportLinks } from '@/components/compare/export-links'
import { MatrixTable } from '@/components/compare/matrix-table'
import { ProblemsNotice } from '@/components/compare/problems-notice'
import { SelectedColumns } from '@/components/compare/selected-columns'
import { SaveViewPanel } from '@/components/saved-views/save-view-panel'
import { PageHeader } from '@/components/ui/page-header'
import { db } from '@/lib/db'
import { findCompareOptions } from '@/lib/data/compare/find-compare-options'
import { getCompareMatrix } from '@/lib/data/compare/get-compare-matrix'
import { formatLegalDate } from '@/lib/domain/labels'
import { compareHref } from '@/lib/domain/links'
import { compareSearchParams, parseCompareQuery } from '@/lib/schemas/compare'
import { saveViewAction } from '../saved/actions'

export const metadata: Metadata = {
  title: 'Compare',
  description: 'Provisions, definitions and criteria side by side across 2 to 8 jurisdictions.',
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function ComparePage({ searchParams }: Props) {
  const { query, problems } = parseCompareQuery(await searchParams)
  const tooMany = problems.some((p) => p.code === 'too-many')
  const needsCriterion = query.by === 'criterion' && !query.criterion
  const ready = query.jurisdictions.length > 0 && !tooMany && !needsCriterion
  const [options, matrix] = await Promise.all([
    findCompareOptions(db),
    ready ? getCompareMatrix(db, query) : Promise.resolve(null),
  ])
  const names = new Map(options.jurisdictions.map((j) => [j.code, j.name]))
  const params = compareSearchParams(query)
  const without = (code: string) =>
    compareHref('', compareSearchParams({ ...query, jurisdictions: query.jurisdictions.filter((c) => c !== code) }))
  const diffHref = (id: string) =>
    compareHref('/diff', compareSearchParams({ jurisdictions: query.jurisdictions }, { a: id }))

  return (
    <div>
      <PageHeader
        title="Compare"
        lead="How jurisdictions deal with the same question, side by side, with the law’s own words one click away."
      />
      <CompareTabs current="" jurisdictions={query.jurisdictions} column={query.column} />
      <ProblemsNotice problems={problems} notFound={matrix?.notFound} />
      <SelectedColumns
        items={query.jurisdictions.map((code) => ({ code, name: names.get(code) ?? code }))}
        hrefWithout={without}
      />

      <CompareControls folded={Boolean(matrix)} summary="Change the comparison">
        <CompareForm action="/compare" options={options} query={query} fields="matrix" />
      </CompareControls>

      {!query.jurisdictions.length && (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-slate-800">
          Choose 2 to 8 jurisdictions above, and what to compare them by. The address of the page then holds the whole
          comparison: bookmark it or share it.
        </p>
      )}
      {needsCriterion && (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-slate-800">
          Choose a baseline criterion to compare its elements.
        </p>
      )}
      {ready && !matrix && (
        <p role="status" className="rounded-md border border-amber-700/30 bg-amber-50 p-4 text-amber-950">
          No published criterion <span className="font-mono">{query.criterion}</span> exists. Choose one from the list.
        </p>
      )}

      {matrix && (
        <section aria-labelledby="result-heading">
          <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
            <div>
              <h2 id="result-heading" className="text-xl font-semibold">
                {matrix.title}
              </h2>
              <p className="text-sm text-slate-700">
                {matrix.by === 'topic'
                  ? `Law in force on ${formatLegalDate(new Date(matrix.asOf))}`
                  : matrix.by === 'concept'
                    ? 'Published legal definitions'
                    : 'LexBridge’s assessments'}
                {' · '}
                {matrix.columns.length} {matrix.columns.length === 1 ? 'column' : 'columns'} ·{' '}
                {matrix.rows.filter((r) => !r.group).length}{' '}
                {matrix.rows.filter((r) => !r.group).length === 1 ? 'row' : 'rows'}
              </p>
              {matrix.by === 'criterion' && (
                <p className="mt-1 max-w-3xl text-sm text-slate-800">{matrix.criterion.text}</p>
              )}
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <CopyLinkButton />
              <ExportLinks apiPath="/api/v1/compare" params={params} label="this comparison" />
              <SaveViewPanel
                action={saveViewAction}
                page="compare"
                query={params.toString()}
                suggestedName={`Compare ${query.jurisdictions.join(', ')}${query.topic ? ` — ${query.topic}` : ''}`}
              />
            </div>
          </div>
          {matrix.notes.map((note) => (
            <p key={note} className="mb-3 text-sm text-slate-700">
              {note}
            </p>
          ))}
          {matrix.columns.length < 2 && (
            <p className="no-print mb-3 text-sm text-slate-800">
              Add another jurisdiction or an international instrument to compare side by side.
            </p>
          )}
          {matrix.columns.length === 0 ? (
            <p className="rounded-md border border-dashed border-slate-300 bg-white p-4">
              None of the chosen jurisdictions has published records.
            </p>
          ) : (
            <MatrixTable
              matrix={matrix}
              diffHref={diffHref}
              rowLink={
                matrix.by === 'concept'
                  ? (key) => ({
                      href: compareHref(
                        '/definitions',
                        compareSearchParams({ jurisdictions: query.jurisdictions, concept: key, column: query.column }),
                      ),
                      label: 'Feature table',
                    })
                  : undefined
              }
            />
          )}
          <p className="print-only mt-4 text-xs">
            Printed from LexBridge. Always check the official source before relying on it.
          </p>
        </section>
      )}
    </div>
  )
}
