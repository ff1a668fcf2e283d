import type { Metadata } from 'next'
import Link from 'next/link'
import { CompareControls } from '@/components/compare/compare-controls'
import { CompareForm } from '@/components/compare/compare-form'
import { CompareTabs } from '@/components/compare/compare-tabs'
import { CopyLinkButton } from '@/components/compare/copy-link-button'
import { DefinitionCard } from '@/components/compare/definition-card'
import { ExportLinks } from '@/components/compare/export-links'
import { FeatureStatusLabel, FeatureValueLabel } from '@/components/compare/feature-value'
import { GapNote } from '@/components/compare/gap-cell'
import { ProblemsNotice } from '@/components/compare/problems-notice'
import { CompareTable } from '@/components/compare/compare-table'
import { SaveViewPanel } from '@/components/saved-views/save-view-panel'
import { PageHeader } from '@/components/ui/page-header'
import { db } from '@/lib/db'
import { findCompareOptions } from '@/lib/data/compare/find-compare-options'
import { findDefinitionsMatrix } from '@/lib/data/compare/find-definitions-matrix'
import type { CompareColumn, DefinitionColumn } from '@/lib/domain/compare/compare-views'
import { compareHref } from '@/lib/domain/links'
import { compareSearchParams, parseDefinitionsQuery } from '@/lib/schemas/compare'
import { saveViewAction } from '../../saved/actions'

export const metadata: Metadata = {
  title: 'Compare definitions',
  description: 'Legal definitions of one concept side by side, with a table of their features.',
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }
type Column =
  { kind: 'definition'; definition: DefinitionColumn; index: number } | { kind: 'gap'; column: CompareColumn }

const columnName = (col: Column) => (col.kind === 'gap' ? col.column.name : col.definition.columnName)

export default async function CompareDefinitionsPage({ searchParams }: Props) {
  const { query, problems } = parseDefinitionsQuery(await searchParams)
  const tooMany = problems.some((p) => p.code === 'too-many')
  const ready = Boolean(query.concept) && query.jurisdictions.length > 0 && !tooMany
  const [options, matrix] = await Promise.all([
    findCompareOptions(db),
    ready
      ? findDefinitionsMatrix(db, { concept: query.concept!, jurisdictions: query.jurisdictions, column: query.column })
      : Promise.resolve(null),
  ])
  const params = compareSearchParams({
    jurisdictions: query.jurisdictions,
    concept: query.concept,
    column: query.column,
  })
  const columns: Column[] = matrix
    ? matrix.columns.flatMap((column): Column[] => {
        const mine = matrix.definitions
          .map((definition, index) => ({ definition, index }))
          .filter(({ definition }) => definition.columnKey === column.key)
        return mine.length
          ? mine.map((m) => ({ kind: 'definition' as const, ...m }))
          : [{ kind: 'gap' as const, column }]
      })
    : []
  const differing = matrix?.features.filter((f) => f.status === 'differs').length ?? 0

  return (
    <div>
      <PageHeader
        title="Compare definitions"
        lead="How the law defines the same concept in different jurisdictions, and where the definitions differ."
      />
      <CompareTabs current="/definitions" jurisdictions={query.jurisdictions} column={query.column} />
      <ProblemsNotice problems={problems} notFound={matrix?.notFound} />
      <CompareControls folded={Boolean(matrix)} summary="Change the comparison">
        <CompareForm
          action="/compare/definitions"
          options={options}
          query={{ ...query, jurisdictions: query.jurisdictions }}
          fields="definitions"
        />
      </CompareControls>

      {!query.concept && (
        <section
          aria-labelledby="concepts-heading"
          className="rounded-md border border-dashed border-slate-300 bg-white p-4"
        >
          <h2 id="concepts-heading" className="font-semibold">
            Choose a concept
          </h2>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {options.concepts.map((c) => (
              <li key={c.slug}>
                <Link
                  href={compareHref(
                    '/definitions',
                    compareSearchParams({ jurisdictions: query.jurisdictions, concept: c.slug, column: query.column }),
                  )}
                >
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {query.concept && !query.jurisdictions.length && (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4">
          Choose 2 to 8 jurisdictions above.
        </p>
      )}
      {ready && !matrix && (
        <p role="status" className="rounded-md border border-amber-700/30 bg-amber-50 p-4 text-amber-950">
          There is no concept <span className="font-mono">{query.concept}</span>. Choose one from the list.
        </p>
      )}

      {matrix && (
        <section aria-labelledby="definitions-heading">
          <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
            <div>
              <h2 id="definitions-heading" className="text-xl font-semibold">
                {matrix.concept.name}
              </h2>
              <p className="text-sm text-slate-700">
                {matrix.definitions.length} {matrix.definitions.length === 1 ? 'definition' : 'definitions'} ·{' '}
                {differing} {differing === 1 ? 'feature differs' : 'features differ'}
                {matrix.gaps.length > 0 && ` · no definition recorded for ${matrix.gaps.map((g) => g.name).join(', ')}`}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <CopyLinkButton />
              <ExportLinks apiPath="/api/v1/compare/definitions" params={params} label="these definitions" />
              <SaveViewPanel
                action={saveViewAction}
                page="compare/definitions"
                query={params.toString()}
                suggestedName={`${matrix.concept.name} in ${query.jurisdictions.join(', ')}`}
              />
            </div>
          </div>
          <CompareTable id="definitions-matrix" caption={`Definitions of ${matrix.concept.name} and their features`}>
            <thead>
              <tr>
                <th
                  scope="col"
                  className="sticky left-0 top-0 z-30 w-40 min-w-40 border-b border-r border-slate-300 bg-slate-100 px-3 py-2 align-bottom lg:w-56 lg:min-w-56"
                >
                  Feature
                </th>
                {columns.map((col) => (
                  <th
                    key={col.kind === 'gap' ? col.column.key : col.definition.id}
                    scope="col"
                    className="sticky top-0 z-20 min-w-36 border-b border-slate-300 bg-slate-100 px-3 py-2 align-bottom"
                  >
                    {columnName(col)}
                  </th>
                ))}
                <th
                  scope="col"
                  className="sticky top-0 z-20 min-w-28 border-b border-slate-300 bg-slate-100 px-3 py-2 align-bottom"
                >
                  Comparison
                </th>
              </tr>
            </thead>
            <tbody>
              {matrix.features.map((feature) => {
                const differs = feature.status === 'differs'
                return (
                  <tr key={feature.key} className={differs ? 'bg-amber-50' : ''}>
                    <th
                      scope="row"
                      className={`sticky left-0 z-10 border-b border-r border-slate-200 px-3 py-2 text-left font-medium ${differs ? 'bg-amber-50' : 'bg-white'}`}
                    >
                      {feature.label}
                    </th>
                    {columns.map((col) => (
                      <td
                        key={col.kind === 'gap' ? col.column.key : col.definition.id}
                        data-label={columnName(col)}
                        className="border-b border-slate-200 px-3 py-2"
                      >
                        {col.kind === 'gap' ? (
                          <span className="text-slate-700">
                            —<span className="sr-only">no definition</span>
                          </span>
                        ) : (
                          <FeatureValueLabel feature={feature.key} value={feature.values[col.index]} />
                        )}
                      </td>
                    ))}
                    <td data-label="Comparison" className="border-b border-slate-200 px-3 py-2">
                      <FeatureStatusLabel status={feature.status} />
                    </td>
                  </tr>
                )
              })}
              <tr className="align-top">
                <th
                  scope="row"
                  className="sticky left-0 z-10 border-b border-r border-slate-200 bg-white px-3 py-3 text-left font-semibold"
                >
                  Definition
                </th>
                {columns.map((col) => (
                  <td
                    key={col.kind === 'gap' ? col.column.key : col.definition.id}
                    data-label={columnName(col)}
                    className="border-b border-slate-200 px-3 py-3"
                  >
                    {col.kind === 'gap' ? (
                      <GapNote>No definition recorded</GapNote>
                    ) : (
                      <DefinitionCard definition={col.definition} full />
                    )}
                    {col.kind === 'definition' && col.definition.featuresInvalid && (
                      <p className="mt-1 text-xs text-red-800">
                        The recorded features do not fit this concept; shown as unknown.
                      </p>
                    )}
                  </td>
                ))}
                <td className="border-b border-slate-200 px-3 py-3 max-sm:hidden" />
              </tr>
            </tbody>
          </CompareTable>
          <p className="mt-2 text-xs text-slate-700">
            Unknown means LexBridge has not recorded the feature; it is never read as “no”. Rows marked “≠ Differs” are
            highlighted. Each definition’s full text is in the last row.
          </p>
        </section>
      )}
    </div>
  )
}
