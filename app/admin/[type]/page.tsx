import Link from 'next/link'
import { db } from '@/lib/db'
import { PageHeader } from '@/components/ui/page-header'
import { Pagination } from '@/components/admin/pagination'
import { requirePageUser } from '@/lib/auth/session'
import { findRecords, LIST_PAGE_SIZE } from '@/lib/data/curation/records'
import { firstValues } from '@/lib/schemas/browse'
import { listParamsSchema, recordTypeParam } from './params'

type Props = { params: Promise<{ type: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props) {
  return { title: recordTypeParam((await params).type).meta.plural }
}

export default async function RecordListPage({ params, searchParams }: Props) {
  const { type, meta } = recordTypeParam((await params).type)
  const user = await requirePageUser('curation:read', `/admin/${type}`)
  const query = listParamsSchema.parse(firstValues(await searchParams))
  const { total, rows } = await findRecords(db, {
    user,
    type,
    q: query.q,
    page: query.page,
    deleted: Boolean(query.deleted),
  })
  return (
    <div>
      <PageHeader title={meta.plural} crumbs={[{ href: '/admin', label: 'Curation' }]}>
        <div className="mt-4 flex flex-wrap items-end gap-4">
          <form method="get" role="search" className="flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor="q" className="block text-sm font-medium">
                Filter
              </label>
              <input
                id="q"
                name="q"
                defaultValue={query.q}
                className="mt-1 w-64 rounded-md border border-slate-400 px-3 py-1.5 text-sm"
              />
            </div>
            <label className="flex items-center gap-1 pb-2 text-sm">
              <input type="checkbox" name="deleted" value="1" defaultChecked={Boolean(query.deleted)} /> Deleted only
            </label>
            <button type="submit" className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm">
              Apply
            </button>
          </form>
          <Link
            href={`/admin/${type}/new`}
            className="ml-auto rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white no-underline hover:bg-brand-800 hover:no-underline"
          >
            New {meta.label.toLowerCase()}
          </Link>
        </div>
      </PageHeader>
      <p role="status" className="mb-2 text-sm text-slate-700">
        {total === 0
          ? query.q
            ? `No ${meta.plural.toLowerCase()} match “${query.q}”.`
            : `No ${meta.plural.toLowerCase()} yet. Create one, or import a file.`
          : `${total.toLocaleString('en-GB')} ${total === 1 ? meta.label.toLowerCase() : meta.plural.toLowerCase()}`}
      </p>
      {rows.length > 0 && (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {rows.map((row) => (
            <li key={row.id} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
              <div className="min-w-0">
                <Link href={`/admin/${type}/${row.id}`} className="font-medium">
                  {row.title}
                </Link>
                <p className="truncate text-sm text-slate-700">{row.subtitle}</p>
              </div>
              <p className="text-xs text-slate-700">
                {row.pending > 0 && (
                  <span className="mr-2 rounded-full bg-amber-100 px-2 py-0.5 font-medium text-amber-900">
                    {row.pending} pending
                  </span>
                )}
                version {row.version}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        total={total}
        page={query.page}
        pageSize={LIST_PAGE_SIZE}
        base={`/admin/${type}`}
        params={{ q: query.q, deleted: query.deleted }}
      />
    </div>
  )
}
