import type {
  AgeComparison,
  CompareMatrix,
  DefinitionsMatrix,
  ProvisionSummary,
  DefinitionSummary,
  CriterionResultSummary,
} from '@/lib/domain/compare/compare-views'
import type { CsvValue } from './csv-write'
import type { FeatureValue } from './definition-features'

/**
 * Comparison → CSV rows, in "long" form (one line per cell item, one line per gap) because that is
 * what researchers load into R, Stata or a spreadsheet pivot. Links are made absolute with `origin`.
 */
export const GAP = 'no provision recorded'

const absolute = (origin: string, href: string | null) =>
  href ? (href.startsWith('http') ? href : `${origin}${href}`) : null

export const matrixCsvHeader = [
  'compare_by',
  'row',
  'row_label',
  'column',
  'column_name',
  'status',
  'citation',
  'title',
  'text',
  'text_kind',
  'verification',
  'link',
  'source_url',
  'instrument',
  'version_valid_from',
]

export function matrixToCsvRows(matrix: CompareMatrix, origin: string): CsvValue[][] {
  const rows: CsvValue[][] = [matrixCsvHeader]
  for (const row of matrix.rows) {
    if (row.group) continue
    for (const cell of row.cells) {
      const column = matrix.columns.find((c) => c.key === cell.column)!
      const lead = [matrix.by, row.key, row.label, column.code, column.name]
      if (!cell.items.length) {
        rows.push([
          ...lead,
          matrix.by === 'criterion' ? 'not assessed' : matrix.by === 'concept' ? 'no definition recorded' : GAP,
        ])
        continue
      }
      for (const item of cell.items) {
        if (matrix.by === 'topic') {
          const p = item as ProvisionSummary
          rows.push([
            ...lead,
            'recorded',
            p.citation,
            [p.num, p.heading].filter(Boolean).join(' ') || null,
            p.text,
            p.textKind.toLowerCase(),
            p.verification.toLowerCase(),
            absolute(origin, p.href),
            p.sourceUrl,
            p.instrument.title,
            p.version.validFrom,
          ])
        } else if (matrix.by === 'concept') {
          const d = item as DefinitionSummary
          rows.push([
            ...lead,
            'recorded',
            d.citation,
            d.term,
            d.text,
            d.textKind.toLowerCase(),
            d.verification.toLowerCase(),
            absolute(origin, d.href),
            d.sourceUrl,
            null,
            null,
          ])
        } else {
          const r = item as CriterionResultSummary
          rows.push([
            ...lead,
            r.status.toLowerCase(),
            r.provision?.citation ?? null,
            r.pinpoint,
            r.text,
            null,
            r.verification.toLowerCase(),
            absolute(origin, r.provision?.href ?? null),
            null,
            null,
            null,
          ])
        }
      }
    }
  }
  return rows
}

const featureText = (value: FeatureValue) =>
  value === null ? 'unknown' : value === true ? 'yes' : value === false ? 'no' : value

export function definitionsToCsvRows(matrix: DefinitionsMatrix, origin: string): CsvValue[][] {
  const header = [
    'concept',
    'column',
    'column_name',
    'term',
    'text',
    'text_kind',
    'citation',
    'verification',
    'link',
    'source_url',
    ...matrix.features.map((f) => `feature_${f.key}`),
  ]
  const rows: CsvValue[][] = [header]
  matrix.definitions.forEach((d, index) => {
    const code = matrix.columns.find((c) => c.key === d.columnKey)?.code ?? d.columnKey
    rows.push([
      matrix.concept.slug,
      code,
      d.columnName,
      d.term,
      d.text,
      d.textKind.toLowerCase(),
      d.citation,
      d.verification.toLowerCase(),
      absolute(origin, d.href),
      d.sourceUrl,
      ...matrix.features.map((f) => featureText(f.values[index])),
    ])
  })
  for (const gap of matrix.gaps) rows.push([matrix.concept.slug, gap.code, gap.name, null, 'no definition recorded'])
  return rows
}

export function agesToCsvRows(comparison: AgeComparison, origin: string): CsvValue[][] {
  const rows: CsvValue[][] = [
    [
      'jurisdiction',
      'jurisdiction_name',
      'benchmark',
      'benchmark_name',
      'age',
      'conditions',
      'citation',
      'verification',
      'link',
      'source_url',
      'valid_from',
    ],
  ]
  for (const { column, benchmarks, belowNational } of comparison.jurisdictions) {
    for (const kind of comparison.kinds) {
      const list = benchmarks[kind.code] ?? []
      const below = belowNational?.[kind.code]
      if (!list.length)
        rows.push([
          column.code,
          column.name,
          kind.code,
          kind.name,
          below ? `${below.min}-${below.max}` : null,
          below ? below.text : 'not recorded',
        ])
      for (const b of list)
        rows.push([
          column.code,
          column.name,
          kind.code,
          kind.name,
          b.age ?? (below ? `${below.min}-${below.max}` : 'none set'),
          b.conditions,
          b.citation,
          b.verification.toLowerCase(),
          absolute(origin, b.href),
          b.sourceUrl,
          b.validFrom,
        ])
    }
  }
  return rows
}
