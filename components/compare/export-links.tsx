import { PrintButton } from '@/components/print-button'

/** Downloads of the comparison on screen (same parameters, from the public API) and printing. */
export function ExportLinks({ apiPath, params, label }: { apiPath: string; params: URLSearchParams; label: string }) {
  const withFormat = (format: 'csv' | 'json') => {
    const copy = new URLSearchParams(params)
    copy.set('format', format)
    return `${apiPath}?${copy}`
  }
  return (
    <div className="no-print flex flex-wrap items-center gap-2 text-sm" role="group" aria-label={`Export ${label}`}>
      <a
        href={withFormat('csv')}
        download
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 no-underline hover:border-brand-600"
      >
        Download CSV
      </a>
      <a
        href={withFormat('json')}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 no-underline hover:border-brand-600"
      >
        JSON
      </a>
      <PrintButton label="Print or save as PDF" />
    </div>
  )
}
