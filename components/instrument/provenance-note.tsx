import { formatLegalDate } from '@/lib/domain/labels'

const formatNames: Record<string, string> = {
  akn: 'Akoma Ntoso XML',
  clml: 'UK legislation XML (CLML)',
  uslm: 'US Legislative Markup (USLM)',
  formex: 'EU Formex XML',
  'eurlex-xhtml': 'EUR-Lex XHTML',
  'de-gii': 'gesetze-im-internet.de XML',
}

type Provenance = {
  asAt: Date | null
  validFrom: Date | null
  sourceFormat: string | null
  sourceUrl: string | null
  importedAt: Date | null
  retrievedAt: Date | null
  sourceSha256: string | null
}

/** "Official text as at DATE, imported from FORMAT (source) on DATE" — or, for hand-curated versions, what they are. */
export function ProvenanceNote({ version }: { version: Provenance }) {
  const asAt = version.asAt ?? version.validFrom
  if (!version.sourceFormat) {
    return (
      <p className="text-sm text-slate-700">
        Text {asAt ? `as at ${formatLegalDate(asAt)}` : 'of an undated version'}, entered by LexBridge curators: each
        provision says whether it is verbatim or a summary.
      </p>
    )
  }
  const format = formatNames[version.sourceFormat] ?? version.sourceFormat
  return (
    <p className="text-sm text-slate-800">
      Official text {asAt ? `as at ${formatLegalDate(asAt)}` : '(undated version)'}, imported from {format}{' '}
      {version.sourceUrl ? (
        <>
          (
          <a href={version.sourceUrl} rel="noopener noreferrer" className="underline">
            source
          </a>
          )
        </>
      ) : (
        '(uploaded file)'
      )}{' '}
      on {formatLegalDate(version.importedAt)}
      {version.retrievedAt && <> — file retrieved {formatLegalDate(version.retrievedAt)}</>}
      {version.sourceSha256 && (
        <span className="block font-mono text-xs text-slate-600">SHA-256 {version.sourceSha256}</span>
      )}
    </p>
  )
}
