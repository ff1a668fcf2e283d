import type { LawImportReport } from '@/lib/data/law/import-law-document'

const verdicts: Record<LawImportReport['result'], string> = {
  create: 'A new work and its first version',
  'new-version': 'A new version of an existing work',
  update: 'Changes to a version already imported',
  unchanged: 'Unchanged: this text is already imported',
  error: 'Refused: nothing will be written',
}

/** The dry-run (or commit) result of an official law text: work, expression, counts by element, warnings, errors (root cause first). */
export function LawImportPreview({ report }: { report: LawImportReport }) {
  const byTag = Object.entries(report.counts.byTag).sort((a, b) => b[1] - a[1])
  return (
    <div className="space-y-3 text-sm">
      <p className="font-semibold">
        {report.committed ? 'Imported. ' : ''}
        {verdicts[report.result]}
      </p>
      <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        {report.work && (
          <>
            <dt className="text-slate-600">Work</dt>
            <dd>
              {report.work.title} <span className="font-mono text-xs">{report.work.uri}</span>
              {report.work.jurisdiction && ` · ${report.work.jurisdiction}`} ·{' '}
              {report.work.exists ? 'already in LexBridge' : 'new'}
            </dd>
          </>
        )}
        {report.expression && (
          <>
            <dt className="text-slate-600">Expression</dt>
            <dd>
              <span className="font-mono text-xs">{report.expression.uri}</span>
              {report.expression.asAt && ` · as at ${report.expression.asAt}`}
            </dd>
          </>
        )}
        {report.format && (
          <>
            <dt className="text-slate-600">Format</dt>
            <dd>{report.format}</dd>
          </>
        )}
        <dt className="text-slate-600">Provisions</dt>
        <dd>
          {report.counts.provisions.toLocaleString('en-GB')} ({report.counts.added} added, {report.counts.changed}{' '}
          changed, {report.counts.removed} removed)
        </dd>
      </dl>
      {byTag.length > 0 && (
        <table className="text-sm">
          <caption className="text-left font-medium">Elements</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-6 text-left">
                Element
              </th>
              <th scope="col" className="text-right">
                Count
              </th>
            </tr>
          </thead>
          <tbody>
            {byTag.map(([tag, n]) => (
              <tr key={tag}>
                <td className="pr-6 font-mono">{tag}</td>
                <td className="text-right">{n.toLocaleString('en-GB')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.problems.length > 0 && (
        <div>
          <h3 className="font-semibold text-red-900">
            Errors ({report.problems.length}) — the first is the one to fix
          </h3>
          <ul className="list-disc pl-5 text-red-900">
            {report.problems.slice(0, 50).map((p, i) => (
              <li key={i}>
                {p.location}
                {p.field ? ` [${p.field}]` : ''}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.warnings.length > 0 && (
        <div>
          <h3 className="font-semibold">Warnings ({report.warnings.length})</h3>
          <ul className="list-disc pl-5">
            {report.warnings.slice(0, 50).map((p, i) => (
              <li key={i}>
                {p.location}
                {p.field ? ` [${p.field}]` : ''}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
