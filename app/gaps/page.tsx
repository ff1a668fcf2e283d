import { db } from '@/lib/db'
import type { Metadata } from 'next'
import Link from 'next/link'
import { CellEvidence } from '@/components/gaps/cell-evidence'
import { GapFilters } from '@/components/gaps/gap-filters'
import { GapMatrixTable } from '@/components/gaps/gap-matrix-table'
import { StatusLegend } from '@/components/gaps/status-badge'
import { StandardPicker } from '@/components/gaps/standard-picker'
import { SaveViewPanel } from '@/components/saved-views/save-view-panel'
import { PageHeader } from '@/components/ui/page-header'
import { findStandards } from '@/lib/data/find-standards'
import { getAssessmentRationale } from '@/lib/data/gaps/get-assessment-rationale'
import { keepGapInputsFresh } from '@/lib/data/gaps/gap-input-refresher'
import { getGapMatrix, type GapMatrix } from '@/lib/data/gaps/get-gap-matrix'
import { findJurisdictionPicker } from '@/lib/data/compare/find-jurisdiction-groups'
import { findGapFilterOptions } from '@/lib/data/gaps/find-matrix-jurisdictions'
import { isTreatyStandard } from '@/lib/data/gaps/get-standard'
import { describeAsOf } from '@/lib/domain/gaps/evaluate-matrix'
import { gapsApiHref, gapsHref } from '@/lib/domain/gaps/gap-url'
import { firstValues } from '@/lib/schemas/browse'
import { gapPageParamsSchema, type GapPageParams } from '@/lib/schemas/gaps'
import { saveViewAction } from '../saved/actions'

export const metadata: Metadata = { title: 'Gap analysis' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The open cell's row: from the matrix when it is shown, else evaluated alone (filters may hide it). */
async function findOpenCell(params: GapPageParams, result: GapMatrix) {
  if (!params.cell) return null
  const { code, criterion } = params.cell
  const index = result.criteria.findIndex((c) => c.code === criterion)
  if (index < 0) return null
  let row = result.matrix.rows.find((r) => r.jurisdiction.code === code)
  if (!row) {
    const alone = await getGapMatrix(db, {
      standard: result.standard.slug,
      asOf: params.asOf,
      sort: 'name',
      show: 'all',
      codes: [code],
    })
    row = alone?.matrix.rows[0]
  }
  if (!row) return null
  const cell = row.cells[index]
  const rationale = cell.assessmentId ? await getAssessmentRationale(db, { assessmentId: cell.assessmentId }) : null
  return { row, cell, criterion: result.standard.criteria[index], rationale }
}

export default async function GapsPage({ searchParams }: Props) {
  const raw = await searchParams
  const params = gapPageParamsSchema.parse({ ...firstValues(raw), j: raw.j })
  const standards = await findStandards(db)
  const chosen = standards.find((s) => s.slug === params.standard)
  if (!chosen) {
    return (
      <div>
        <PageHeader
          title="Gap analysis"
          lead="Choose a baseline standard to see which jurisdictions meet each of its criteria, which fall short, on which element, and on what evidence."
        />
        {params.standard && (
          <p role="alert" className="mb-4 rounded-md border border-amber-700 bg-amber-50 p-3">
            There is no standard “{params.standard}”. Choose one below.
          </p>
        )}
        <StandardPicker standards={standards} />
      </div>
    )
  }

  const query = {
    standard: chosen.slug,
    region: params.region,
    org: params.org,
    kind: params.kind,
    sort: params.sort,
    asOf: params.asOf,
    show: params.show,
    codes: params.j?.length ? params.j : undefined,
  }
  keepGapInputsFresh(db) // the cache refresher (decision 0304), started once per server
  const [result, options, picker] = await Promise.all([
    getGapMatrix(db, query),
    findGapFilterOptions(db),
    findJurisdictionPicker(db),
  ])
  if (!result) return null
  const open = await findOpenCell(params, result)
  const hasTreaty = isTreatyStandard(result.standard)
  const perRowDates = result.asOf.mode === 'consent'
  const rows = result.matrix.rows
  const orgName = options.organisations.find((o) => o.code === params.org)?.name ?? params.org ?? ''
  const caption = `${result.standard.name}: ${rows.length} ${rows.length === 1 ? 'jurisdiction' : 'jurisdictions'} × ${result.criteria.length} criteria, as of ${describeAsOf(result.asOf)}. Select a cell to see its evidence.`

  return (
    <div>
      <PageHeader
        title="Gap analysis"
        crumbs={[
          { href: '/standards', label: 'Standards' },
          { href: `/standards/${chosen.slug}`, label: chosen.name },
        ]}
        lead={`${result.standard.name} — ${result.standard.issuer}. LexBridge’s own analysis; check the cited law before relying on it.`}
      />
      <GapFilters
        params={params}
        standards={standards}
        regions={options.regions}
        organisations={options.organisations}
        picker={picker}
        hasTreaty={hasTreaty}
      />

      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <StatusLegend />
        <p className="no-print flex gap-3 text-sm">
          <a href={gapsApiHref(params, 'csv')} download>
            Export CSV
          </a>
          <a href={gapsApiHref(params, 'json')} download>
            Export JSON
          </a>
        </p>
        <SaveViewPanel
          action={saveViewAction}
          page="gaps"
          query={gapsHref({ ...params, cell: undefined }).split('?')[1] ?? ''}
          suggestedName={`${result.standard.name} gaps`}
        />
      </div>

      <p role="status" className="mt-3 text-sm text-slate-700">
        {rows.length === 1 ? '1 jurisdiction' : `${rows.length} jurisdictions`} shown, as of {describeAsOf(result.asOf)}
        : {describeCoverage(rows)}
        {perRowDates &&
          result.matrix.excludedWithoutConsent > 0 &&
          ` ${result.matrix.excludedWithoutConsent} without a dated ratification or accession are not shown.`}
        {result.undatedMembers ? ` ${describeUndatedMembers(result.undatedMembers, rows.length, orgName)}` : ''}
      </p>

      {open && (
        <CellEvidence
          jurisdiction={open.row.jurisdiction}
          criterion={open.criterion}
          cell={open.cell}
          date={open.row.date}
          rationale={open.rationale}
          closeHref={gapsHref({ ...params, cell: undefined })}
        />
      )}
      {params.cell && !open && (
        <p role="alert" className="mt-4 rounded-md border border-amber-700 bg-amber-50 p-3">
          That cell ({params.cell.code}, {params.cell.criterion}) is not in this standard.
        </p>
      )}

      <div className="mt-6">
        {rows.length === 0 ? (
          <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 [&_a]:underline">
            {params.show === 'all'
              ? 'No jurisdiction matches these filters.'
              : 'No jurisdiction has results for this standard with these filters.'}{' '}
            {params.show !== 'all' && (
              <Link href={gapsHref({ ...params, show: 'all', cell: undefined })}>Show every jurisdiction in scope</Link>
            )}{' '}
            <Link href={gapsHref({ standard: chosen.slug })}>Reset the filters</Link>
          </p>
        ) : (
          <GapMatrixTable
            params={params}
            criteria={result.criteria}
            matrix={result.matrix}
            caption={caption}
            hasTreaty={hasTreaty}
            perRowDates={perRowDates}
          />
        )}
      </div>
      <p className="mt-4 text-sm text-slate-700 [&_a]:underline">
        How statuses, derived results, reservations and dates are worked out:{' '}
        <Link href={`/standards/${chosen.slug}`}>the standard’s criteria</Link> and the method note in the documentation
        (docs/gaps.md).
      </p>
    </div>
  )
}

/** How much of what is shown is known: unknowns are counted, never scored (issue 15). */
function describeCoverage(rows: { totals: { assessed: number; of: number } }[]) {
  const withResults = rows.filter((r) => r.totals.assessed > 0).length
  const assessed = rows.reduce((n, r) => n + r.totals.assessed, 0)
  const of = rows.reduce((n, r) => n + r.totals.of, 0)
  return `${withResults} with at least one result, ${rows.length - withResults} not assessed yet on any criterion; assessed ${assessed} of ${of} cells. Scores are over assessed criteria only.`
}

/** Members shown on a past date only because their joining date is not recorded (undated joins count). */
function describeUndatedMembers(undated: number, shown: number, organisation: string) {
  const date = `recorded date of joining the ${organisation}`
  if (undated === shown)
    return shown === 1
      ? `It has no ${date}, so it is shown as a member on every date.`
      : `None of them has a ${date}, so each is shown as a member on every date.`
  return undated === 1
    ? `1 of them has no ${date}, so it is shown as a member on every date.`
    : `${undated} of them have no ${date}, so they are shown as members on every date.`
}
