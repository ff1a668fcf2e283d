import Link from 'next/link'
import type {
  CompareMatrix,
  CriterionResultSummary,
  DefinitionSummary,
  MatrixRow,
  ProvisionSummary,
} from '@/lib/domain/compare/compare-views'
import { DefinitionCard } from './definition-card'
import { GapNote } from './gap-cell'
import { ProvisionCard } from './provision-card'
import { AssessmentStatusLabel } from './status-label'
import { CompareTable } from './compare-table'

const rowHeading = { topic: 'Topic', concept: 'Concept', criterion: 'Element' } as const
const gapText = {
  topic: 'No provision recorded',
  concept: 'No definition recorded',
  criterion: 'Not assessed',
} as const

/**
 * The comparison matrix: columns are jurisdictions (and an instrument), rows the topic tree,
 * concepts or criterion elements. The page scrolls; the header row and the first column stick to
 * it; on phones each row is a card. An empty cell says it is a gap.
 */
export function MatrixTable({
  matrix,
  diffHref,
  rowLink,
}: {
  matrix: CompareMatrix
  diffHref: (provisionId: string) => string
  rowLink?: (rowKey: string) => { href: string; label: string } | null
}) {
  const names = new Map(matrix.columns.map((c) => [c.key, c.name]))
  return (
    <CompareTable id="compare-matrix" caption={`${matrix.title}: ${matrix.columns.map((c) => c.name).join(', ')}`}>
      <thead>
        <tr>
          <th
            scope="col"
            className="sticky left-0 top-0 z-30 w-40 min-w-40 border-b border-r border-slate-300 bg-slate-100 px-3 py-2 align-bottom lg:w-56 lg:min-w-56"
          >
            {rowHeading[matrix.by]}
          </th>
          {matrix.columns.map((column) => (
            <th
              key={column.key}
              scope="col"
              className="sticky top-0 z-20 min-w-36 border-b border-slate-300 bg-slate-100 px-3 py-2 align-bottom"
            >
              <Link href={column.href} className="text-slate-900">
                {column.name}
              </Link>
              <span className="block text-xs font-normal text-slate-700">
                {column.kind === 'instrument' ? 'International instrument' : column.code}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row) => (
          <tr key={row.key} className="align-top">
            <th
              scope="row"
              className="sticky left-0 z-10 w-40 min-w-40 border-b border-r border-slate-200 bg-white px-2 py-3 text-left font-medium lg:w-56 lg:min-w-56"
              style={{ paddingLeft: `${0.75 + row.depth * 0.75}rem` }}
            >
              <span className={row.depth === 0 ? 'font-semibold' : ''}>{row.label}</span>
              {row.description && matrix.by !== 'topic' && (
                <span className="mt-1 block text-xs font-normal text-slate-700">{row.description}</span>
              )}
              {rowLink?.(row.key) && (
                <Link href={rowLink(row.key)!.href} className="no-print mt-1 block text-xs font-normal">
                  {rowLink(row.key)!.label}
                </Link>
              )}
            </th>
            {row.group ? (
              <td
                colSpan={matrix.columns.length}
                className="border-b border-slate-200 bg-slate-50 px-3 py-3 text-sm italic text-slate-700"
              >
                Nothing recorded at this level; see the sub-topics below.
              </td>
            ) : (
              row.cells.map((cell) => (
                <td
                  key={cell.column}
                  data-label={names.get(cell.column)}
                  className="border-b border-slate-200 px-3 py-3"
                >
                  {cell.items.length === 0 ? (
                    <GapNote>{gapText[matrix.by]}</GapNote>
                  ) : (
                    <CellItems matrix={matrix} row={row} items={cell.items} diffHref={diffHref} />
                  )}
                </td>
              ))
            )}
          </tr>
        ))}
      </tbody>
    </CompareTable>
  )
}

function CellItems({
  matrix,
  items,
  diffHref,
}: {
  matrix: CompareMatrix
  row: MatrixRow<unknown>
  items: unknown[]
  diffHref: (id: string) => string
}) {
  return (
    <ul className="space-y-2">
      {items.map((item, index) => (
        <li key={index}>
          {matrix.by === 'topic' ? (
            <ProvisionCard provision={item as ProvisionSummary} diffHref={diffHref((item as ProvisionSummary).id)} />
          ) : matrix.by === 'concept' ? (
            <DefinitionCard definition={item as DefinitionSummary} />
          ) : (
            <CriterionResult result={item as CriterionResultSummary} />
          )}
        </li>
      ))}
    </ul>
  )
}

function CriterionResult({ result }: { result: CriterionResultSummary }) {
  return (
    <div className="rounded-md border border-slate-200 bg-white p-3 text-sm">
      <AssessmentStatusLabel status={result.status} />
      {result.text && <p className="mt-2 text-slate-800">{result.text}</p>}
      {result.provision && (
        <p className="mt-2 text-xs">
          <Link href={result.provision.href}>{result.provision.citation}</Link>
          {result.pinpoint && <span className="text-slate-700"> ({result.pinpoint})</span>}
        </p>
      )}
    </div>
  )
}
