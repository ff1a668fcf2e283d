'use client'

import { useState } from 'react'
import type { ActionResult } from '@/lib/actions/action-result'
import { mappableFields, readCsvHeader, suggestMapping, type ColumnMapping } from '@/lib/import/csv-import'
import type { ImportReport } from '@/lib/data/exchange/run-import'
import { formatBytes } from '@/lib/import/import-item'
import { recordTypes, recordTypeKeys, type RecordTypeKey } from '@/lib/schemas/records'
import type { SavedMapping } from '@/lib/data/import-mappings'
import { ImportPreview } from './import-preview'
import { LawImportPreview } from './law-import-preview'
import type { LawImportReport } from '@/lib/data/law/import-law-document'

type Format = 'csv' | 'json' | 'akn' | 'law' | 'treaty-status'
type ImportAnswer = { report?: ImportReport; lawReport?: LawImportReport; error?: { message: string } }
type Progress = { phase: 'upload' | 'process'; done: number; total: number }

/** Sends the file with XMLHttpRequest so both the upload and the server's row-by-row work can show progress. */
function sendImport(body: FormData, onProgress: (p: Progress) => void): Promise<ImportAnswer> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', '/api/admin/import')
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress({ phase: 'upload', done: e.loaded, total: e.total })
    let seen = 0
    let final: ImportAnswer = {}
    const readLines = () => {
      const lines = xhr.responseText.slice(seen).split('\n')
      const complete = lines.slice(0, -1)
      seen += complete.reduce((n, line) => n + line.length + 1, 0)
      for (const line of complete) {
        if (!line.trim()) continue
        const message = JSON.parse(line)
        if (message.progress) onProgress({ phase: 'process', ...message.progress })
        else final = message
      }
    }
    xhr.onprogress = readLines
    xhr.onload = () => {
      if (xhr.getResponseHeader('content-type')?.includes('ndjson')) {
        readLines()
        resolve(final)
      } else {
        try {
          resolve(JSON.parse(xhr.responseText))
        } catch {
          resolve({ error: { message: `The server answered ${xhr.status}. Nothing was imported.` } })
        }
      }
    }
    xhr.onerror = () => resolve({ error: { message: 'The connection failed. Nothing was imported.' } })
    xhr.send(body)
  })
}

export function ImportWizard({
  saveMappingAction,
  savedMappings,
  canCommit,
  maxBytes,
}: {
  saveMappingAction: (input: unknown) => Promise<ActionResult<SavedMapping>>
  savedMappings: SavedMapping[]
  canCommit: boolean
  maxBytes: number
}) {
  const [format, setFormat] = useState<Format>('csv')
  const [type, setType] = useState<RecordTypeKey>('jurisdictions')
  const [file, setFile] = useState<File | null>(null)
  const [columns, setColumns] = useState<string[]>([])
  const [mapping, setMapping] = useState<ColumnMapping>({})
  const [mappings, setMappings] = useState(savedMappings)
  const [mappingName, setMappingName] = useState('')
  const [progress, setProgress] = useState<Progress | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)
  const [lawReport, setLawReport] = useState<LawImportReport | null>(null)
  const [sourceUrl, setSourceUrl] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const busy = progress !== null

  async function chooseFile(next: File | null) {
    setReport(null)
    setLawReport(null)
    setError(null)
    setNotice(null)
    setFile(null)
    if (!next) return
    if (next.size > maxBytes) {
      setError(
        `“${next.name}” is ${formatBytes(next.size)}; the limit is ${formatBytes(maxBytes)}. Split it into smaller files.`,
      )
      return
    }
    setFile(next)
    if (format === 'csv') {
      const header = readCsvHeader(await next.slice(0, 64 * 1024).text())
      setColumns(header)
      setMapping(suggestMapping(type, header))
    }
  }

  async function run(mode: 'preview' | 'commit') {
    if (!file) return setError('Choose a file first.')
    setError(null)
    setNotice(null)
    const body = new FormData()
    body.set('file', file)
    body.set('format', format)
    body.set('mode', mode)
    if (format === 'csv') {
      body.set('type', type)
      body.set('mapping', JSON.stringify(mapping))
    }
    if (format === 'law') body.set('sourceUrl', sourceUrl)
    setProgress({ phase: 'upload', done: 0, total: file.size })
    const result = await sendImport(body, setProgress)
    setProgress(null)
    if (result.error) return setError(result.error.message)
    setReport(result.report ?? null)
    setLawReport(result.lawReport ?? null)
    if (result.lawReport) {
      const law = result.lawReport
      if (mode === 'commit' && law.committed)
        setNotice(
          `Imported ${law.counts.provisions.toLocaleString('en-GB')} provisions of ${law.work?.title ?? 'the work'}.`,
        )
      if (law.problems.length)
        setError(`Nothing ${mode === 'commit' ? 'was' : 'will be'} imported: ${law.problems[0].message}`)
      return
    }
    if (mode === 'commit' && result.report?.committed)
      setNotice(
        `Imported: ${result.report.counts.create} created, ${result.report.counts.update} changed, ${result.report.counts.unchanged} unchanged.`,
      )
    if (mode === 'commit' && result.report && !result.report.committed)
      setError('Nothing was imported: the file has errors. Fix them and preview again.')
  }

  async function saveMapping() {
    const result = await saveMappingAction({ name: mappingName, recordType: type, mapping })
    if (!result.ok) return setError(result.fieldErrors?.name?.join(' ') ?? result.message)
    setMappings((all) => [...all.filter((m) => m.id !== result.data.id), result.data])
    setNotice(`Mapping “${result.data.name}” saved.`)
  }

  const control = 'mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2 text-sm'
  const percent = progress ? Math.round((progress.done / Math.max(1, progress.total)) * 100) : 0
  return (
    <div className="space-y-6">
      <section aria-labelledby="step-file" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="step-file" className="mb-3 text-lg font-semibold">
          1. Choose the file
        </h2>
        <div className="flex flex-wrap gap-4">
          <div>
            <label htmlFor="import-format" className="text-sm font-medium">
              Format
            </label>
            <select
              id="import-format"
              value={format}
              onChange={(e) => {
                setFormat(e.target.value as Format)
                void chooseFile(null)
              }}
              className={control}
            >
              <option value="csv">CSV (one record type)</option>
              <option value="json">LexBridge records JSON</option>
              <option value="law">Official law text (Akoma Ntoso, UK CLML, USLM, EU Formex / XHTML, German XML)</option>
              <option value="akn">Akoma Ntoso 3.0 XML (one act)</option>
              <option value="treaty-status">
                Treaty status page (UN Treaty Collection or Council of Europe chart, HTML)
              </option>
            </select>
          </div>
          {format === 'csv' && (
            <div>
              <label htmlFor="import-type" className="text-sm font-medium">
                Record type
              </label>
              <select
                id="import-type"
                value={type}
                onChange={(e) => {
                  const next = e.target.value as RecordTypeKey
                  setType(next)
                  setMapping(suggestMapping(next, columns))
                  setReport(null)
                }}
                className={control}
              >
                {recordTypeKeys.map((key) => (
                  <option key={key} value={key}>
                    {recordTypes[key].plural}
                  </option>
                ))}
              </select>
            </div>
          )}
          {format === 'law' && (
            <div>
              <label htmlFor="import-source-url" className="text-sm font-medium">
                Published at (URL, optional)
              </label>
              <input
                id="import-source-url"
                type="url"
                value={sourceUrl}
                onChange={(e) => setSourceUrl(e.target.value)}
                placeholder="https://www.legislation.gov.uk/ukpga/1998/29/data.akn"
                className={`${control} w-96`}
              />
            </div>
          )}
          <div>
            <label htmlFor="import-file" className="text-sm font-medium">
              File
            </label>
            <input
              key={format}
              id="import-file"
              type="file"
              accept={
                format === 'csv'
                  ? '.csv,text/csv'
                  : format === 'json'
                    ? '.json,application/json'
                    : format === 'treaty-status'
                      ? '.html,.htm,text/html'
                      : format === 'law'
                        ? '.xml,.akn,.xhtml,.html,application/xml,text/xml,application/xhtml+xml'
                        : '.xml,application/xml,text/xml'
              }
              onChange={(e) => void chooseFile(e.target.files?.[0] ?? null)}
              className="mt-1 block text-sm"
            />
          </div>
        </div>
      </section>

      {format === 'csv' && file && (
        <section aria-labelledby="step-mapping" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="step-mapping" className="mb-1 text-lg font-semibold">
            2. Match the columns
          </h2>
          <p className="mb-3 text-sm text-slate-700">
            Columns with the same name as a field are matched for you. An “id” column updates that exact record.
          </p>
          {mappings.some((m) => m.recordType === type) && (
            <div className="mb-3">
              <label htmlFor="saved-mapping" className="text-sm font-medium">
                Use a saved mapping
              </label>
              <select
                id="saved-mapping"
                defaultValue=""
                onChange={(e) => {
                  const m = mappings.find((x) => x.id === e.target.value)
                  if (m) {
                    setMapping(Object.fromEntries(Object.entries(m.mapping).filter(([c]) => columns.includes(c))))
                    setMappingName(m.name)
                  }
                }}
                className={control}
              >
                <option value="">—</option>
                {mappings
                  .filter((m) => m.recordType === type)
                  .map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
              </select>
            </div>
          )}
          {columns.length === 0 ? (
            <p className="text-sm text-red-800">The file has no header row.</p>
          ) : (
            <table className="text-sm">
              <caption className="sr-only">Column mapping</caption>
              <thead>
                <tr>
                  <th scope="col" className="py-1 pr-4 text-left">
                    Column in the file
                  </th>
                  <th scope="col" className="py-1 text-left">
                    LexBridge field
                  </th>
                </tr>
              </thead>
              <tbody>
                {columns.map((column, i) => (
                  <tr key={column}>
                    <th scope="row" className="py-1 pr-4 text-left font-mono font-normal">
                      <label htmlFor={`map-${i}`}>{column}</label>
                    </th>
                    <td className="py-1">
                      <select
                        id={`map-${i}`}
                        value={mapping[column] ?? ''}
                        onChange={(e) =>
                          setMapping((m) => {
                            const next = { ...m }
                            if (e.target.value) next[column] = e.target.value
                            else delete next[column]
                            return next
                          })
                        }
                        className="rounded-md border border-slate-400 bg-white px-2 py-1"
                      >
                        <option value="">(ignore)</option>
                        {mappableFields(type).map((field) => (
                          <option key={field} value={field}>
                            {field === 'id'
                              ? 'id (update this record)'
                              : (recordTypes[type].fields.find((f) => f.name === field)?.label ?? field)}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="mt-3 flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor="mapping-name" className="text-sm font-medium">
                Save this mapping as
              </label>
              <input
                id="mapping-name"
                value={mappingName}
                onChange={(e) => setMappingName(e.target.value)}
                className={control}
              />
            </div>
            <button
              type="button"
              onClick={() => void saveMapping()}
              className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
            >
              Save mapping
            </button>
          </div>
        </section>
      )}

      <section aria-labelledby="step-preview" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="step-preview" className="mb-3 text-lg font-semibold">
          {format === 'csv' ? '3' : '2'}. Preview, then import
        </h2>
        <div className="flex flex-wrap gap-3">
          <button
            type="button"
            disabled={!file || busy}
            onClick={() => void run('preview')}
            className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
          >
            Preview import
          </button>
          {canCommit &&
            lawReport &&
            !lawReport.committed &&
            lawReport.problems.length === 0 &&
            lawReport.result !== 'unchanged' && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void run('commit')}
                className="rounded-md bg-emerald-800 px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
              >
                Import {lawReport.counts.provisions.toLocaleString('en-GB')} provisions
              </button>
            )}
          {canCommit && report && !report.committed && report.problems.length === 0 && (
            <button
              type="button"
              disabled={busy}
              onClick={() => void run('commit')}
              className="rounded-md bg-emerald-800 px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
            >
              Import {report.counts.create + report.counts.update} records
            </button>
          )}
        </div>
        {!canCommit && (
          <p className="mt-2 text-sm text-slate-700">Editors can preview imports; a reviewer or admin commits them.</p>
        )}
        {progress && (
          <div className="mt-4">
            <label htmlFor="import-progress" className="text-sm">
              {progress.phase === 'upload'
                ? 'Uploading'
                : format === 'law'
                  ? `Writing provisions (${progress.done} of ${progress.total})`
                  : `Checking records (${progress.done} of ${progress.total})`}
            </label>
            <progress id="import-progress" max={100} value={percent} className="mt-1 block w-full">
              {percent}%
            </progress>
          </div>
        )}
        <div aria-live="polite" className="mt-4 space-y-3">
          {error && (
            <p role="alert" className="rounded-md border border-red-700/40 bg-red-50 p-3 text-sm text-red-900">
              {error}
            </p>
          )}
          {notice && (
            <p
              role="status"
              className="rounded-md border border-emerald-700/40 bg-emerald-50 p-3 text-sm text-emerald-900"
            >
              {notice}
            </p>
          )}
          {report && <ImportPreview report={report} />}
          {lawReport && <LawImportPreview report={lawReport} />}
        </div>
      </section>
    </div>
  )
}
