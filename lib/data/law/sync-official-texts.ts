import type { Db } from '@/lib/db/prisma'
import { assertCan, type CurrentUser } from '@/lib/auth/current-user'
import { IMPORT_LIMITS, formatBytes } from '@/lib/import/import-item'
import { importLawDocument, type LawImportReport } from './import-law-document'
import { parseLawFile } from '@/lib/import/law/parse-law-file'
import { isZip, unzipLawFile } from '@/lib/import/law/unzip-law-file'
import type { LawDocument } from '@/lib/import/formats/law-document'

/**
 * Keeps imported law current from its publishers: for each instrument with an officialTextUrl,
 * a conditional GET (If-None-Match / If-Modified-Since from the last fetch). A 304 changes
 * nothing; a new text goes through the same importer as an upload (new expression → new version,
 * same expression with new words → update, identical → unchanged) with its provenance. A failed,
 * partial (fewer bytes than Content-Length, or a broken connection), oversized or unparsable
 * download changes no law data and is reported; only the instrument's sync status records the check.
 * A ZIP archive (gesetze-im-internet.de's `xml.zip`) is opened and its one XML file imported.
 */
export type SyncOutcome = {
  instrument: string
  url: string
  status: 'not-modified' | 'imported' | 'unchanged' | 'failed'
  message: string
  report?: LawImportReport
}

export type SyncOptions = {
  /** The admin who runs it (permission sources:sync), or `system` for the CLI */
  user?: CurrentUser | null
  system?: string
  /** Only these instruments (ids); default: every instrument with an officialTextUrl */
  instrumentIds?: string[]
  fetch?: typeof fetch
  timeoutMs?: number
  onOutcome?: (outcome: SyncOutcome) => void
}

export async function syncOfficialTexts(db: Db, options: SyncOptions): Promise<SyncOutcome[]> {
  if (options.system === undefined) assertCan(options.user ?? null, 'sources:sync')
  const actorName = options.system ?? null
  const instruments = await db.instrument.findMany({
    where: {
      deletedAt: null,
      officialTextUrl: { not: null },
      ...(options.instrumentIds ? { id: { in: options.instrumentIds } } : {}),
    },
    select: { id: true, uri: true, officialTextUrl: true, syncEtag: true, syncLastModified: true },
    orderBy: { uri: 'asc' },
  })
  const outcomes: SyncOutcome[] = []
  for (const instrument of instruments) {
    const outcome = await syncOne(db, instrument as typeof instrument & { officialTextUrl: string }, options, actorName)
    outcomes.push(outcome)
    options.onOutcome?.(outcome)
  }
  return outcomes
}

type Target = {
  id: string
  uri: string
  officialTextUrl: string
  syncEtag: string | null
  syncLastModified: string | null
}

async function syncOne(db: Db, target: Target, options: SyncOptions, actorName: string | null): Promise<SyncOutcome> {
  const base = { instrument: target.uri, url: target.officialTextUrl }
  const record = async (outcome: SyncOutcome, validators?: { etag: string | null; lastModified: string | null }) => {
    await db.instrument.update({
      where: { id: target.id },
      data: {
        syncCheckedAt: new Date(),
        syncStatus: `${outcome.status}: ${outcome.message}`.slice(0, 500),
        ...(validators ? { syncEtag: validators.etag, syncLastModified: validators.lastModified } : {}),
      },
    })
    return outcome
  }
  const failed = (message: string) => record({ ...base, status: 'failed', message })

  let response: Response
  let bytes: Buffer
  try {
    const headers: Record<string, string> = { Accept: 'application/xml, text/xml, application/akn+xml, */*;q=0.5' }
    if (target.syncEtag) headers['If-None-Match'] = target.syncEtag
    if (target.syncLastModified) headers['If-Modified-Since'] = target.syncLastModified
    response = await (options.fetch ?? fetch)(target.officialTextUrl, {
      headers,
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeoutMs ?? 120_000),
    })
    if (response.status === 304)
      return record({ ...base, status: 'not-modified', message: 'not modified since the last check (HTTP 304)' })
    if (!response.ok) return failed(`the publisher answered HTTP ${response.status}; nothing changed`)
    const declared = Number(response.headers.get('content-length') ?? NaN)
    if (declared > IMPORT_LIMITS.maxBytes)
      return failed(
        `the file is ${formatBytes(declared)}, over the ${formatBytes(IMPORT_LIMITS.maxBytes)} import limit; nothing changed`,
      )
    bytes = Buffer.from(await response.arrayBuffer())
    if (Number.isFinite(declared) && bytes.length !== declared)
      return failed(`partial download: ${bytes.length} of ${declared} bytes; nothing changed`)
  } catch (error) {
    const reason =
      error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : `broke off (${(error as Error).message})`
    return failed(`the download ${reason}; nothing changed`)
  }
  if (bytes.length > IMPORT_LIMITS.maxBytes)
    return failed(`the file is over the ${formatBytes(IMPORT_LIMITS.maxBytes)} import limit; nothing changed`)

  if (isZip(bytes)) {
    const unzipped = unzipLawFile(bytes)
    if (!unzipped.ok) return failed(`${unzipped.message}; nothing changed`)
    bytes = unzipped.bytes
  }
  const parsed = parseLawFile(bytes.toString('utf8'))
  if (!parsed.ok)
    return failed(
      `the file could not be read as law: ${parsed.problems[0]?.message ?? 'unknown format'}; nothing changed`,
    )
  const document = asTextOf(parsed.document, target.uri)
  if (!document)
    return failed(`the file is the text of ${parsed.document.work.uri}, not ${target.uri}; nothing changed`)
  const report = await importLawDocument(db, {
    ...(actorName !== null ? { system: actorName } : { user: options.user ?? null }),
    document,
    source: {
      name: target.officialTextUrl.slice(0, 300),
      url: target.officialTextUrl,
      retrievedAt: new Date(),
      sha256: parsed.sha256,
    },
    commit: true,
  })
  if (report.problems.length) return failed(`the text was refused: ${report.problems[0].message}; nothing changed`)
  const validators = { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') }
  if (report.result === 'unchanged')
    return record(
      { ...base, status: 'unchanged', message: 'downloaded; the text is the one already imported', report },
      validators,
    )
  return record(
    {
      ...base,
      status: 'imported',
      message: `${report.result === 'update' ? 'version updated' : 'new version'} ${report.expression?.uri ?? ''} (${report.counts.provisions} provisions)`,
      report,
    },
    validators,
  )
}

/**
 * The fetched text as a text of the instrument whose URL it came from. The same work URI: as is.
 * A publisher whose files name the work differently (gesetze-im-internet.de dates a law's URI by
 * its day of execution, `/akn/de/act/1871-05-15/stgb`, where the dataset has `/akn/de/code/1871/stgb`)
 * is accepted when the country and the work's own name (the last part of the URI) agree, and the
 * text is filed under the instrument's URI. Anything else is another law: null.
 */
function asTextOf(document: LawDocument, uri: string): LawDocument | null {
  const fileUri = document.work.uri
  if (fileUri === uri) return document
  const [fileCountry, fileName] = [fileUri.split('/')[2], fileUri.split('/').at(-1)]
  const [country, name] = [uri.split('/')[2], uri.split('/').at(-1)]
  if (!fileCountry || fileCountry !== country || !fileName || fileName !== name) return null
  return {
    ...document,
    work: { ...document.work, uri },
    expression: { ...document.expression, uri: `${uri}${document.expression.uri.slice(fileUri.length)}` },
  }
}
