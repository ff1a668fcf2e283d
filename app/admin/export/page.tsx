import { PageHeader } from '@/components/ui/page-header'
import { requirePageUser } from '@/lib/auth/session'
import { can } from '@/lib/auth/permissions'
import { recordTypes, recordTypeKeys } from '@/lib/schemas/records'

export const metadata = { title: 'Export' }

export default async function ExportPage() {
  const user = await requirePageUser('export:run', '/admin/export')
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Export"
        crumbs={[{ href: '/admin', label: 'Curation' }]}
        lead="Downloads in the same shapes the importer reads, so every file can be imported again."
      />
      <section aria-labelledby="full" className="mb-8">
        <h2 id="full" className="mb-2 text-xl font-semibold">
          Everything
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <a className="underline" href="/api/admin/export/records" download>
              Records JSON
            </a>
            : every published and draft record in its input form (codes and URIs, no database ids needed).
          </li>
          {can(user.role, 'user:manage') && (
            <li>
              <a className="underline" href="/api/admin/export/dump" download>
                Full dump
              </a>
              : every table with its history, reviews and accounts (password hashes included; keep it safe). Restore
              into an empty database with <code>npm run import -- FILE</code>.
            </li>
          )}
        </ul>
      </section>
      <section aria-labelledby="csv">
        <h2 id="csv" className="mb-2 text-xl font-semibold">
          CSV per record type
        </h2>
        <ul className="grid gap-1 sm:grid-cols-2">
          {recordTypeKeys.map((key) => (
            <li key={key}>
              <a className="underline" href={`/api/admin/export/${key}.csv`} download>
                {recordTypes[key].plural} (CSV)
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
