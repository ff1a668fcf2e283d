import Link from 'next/link'
import { z } from 'zod'
import { db } from '@/lib/db'
import { PageHeader } from '@/components/ui/page-header'
import { Pagination } from '@/components/admin/pagination'
import { requirePageUser } from '@/lib/auth/session'
import { AUDIT_PAGE_SIZE, findAuditLog } from '@/lib/data/curation/history'
import { findRecordTitles } from '@/lib/data/curation/record-labels'
import { diffRecords, humanizeField } from '@/lib/domain/record-diff'
import { firstValues } from '@/lib/schemas/browse'
import { isoDateSchema } from '@/lib/schemas/common'
import { recordTypeByEntity, recordTypes, recordTypeKeys, type RecordTypeKey } from '@/lib/schemas/records'

export const metadata = { title: 'Audit log' }

// Filters live in the URL, so a filtered log is a link someone can share.
const auditParamsSchema = z.object({
  type: z
    .enum(recordTypeKeys as [RecordTypeKey, ...RecordTypeKey[]])
    .optional()
    .catch(undefined),
  action: z.enum(['CREATE', 'UPDATE', 'DELETE', 'RESTORE']).optional().catch(undefined),
  user: z.string().trim().max(100).optional().catch(undefined),
  from: isoDateSchema.optional().catch(undefined),
  to: isoDateSchema.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
})

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function AuditPage({ searchParams }: Props) {
  const user = await requirePageUser('audit:read', '/admin/audit')
  const filters = auditParamsSchema.parse(firstValues(await searchParams))
  const { total, rows } = await findAuditLog(db, { user, filters: { ...filters, user: filters.user || undefined } })
  const titleOf = await findRecordTitles(db, rows)
  const control = 'mt-1 block rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm'
  return (
    <div>
      <PageHeader
        title="Audit log"
        crumbs={[{ href: '/admin', label: 'Curation' }]}
        lead="Every change to curated data: who, when, and what changed."
      />
      <form
        method="get"
        className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
      >
        <div>
          <label htmlFor="type" className="text-sm font-medium">
            Record type
          </label>
          <select id="type" name="type" defaultValue={filters.type ?? ''} className={control}>
            <option value="">All</option>
            {recordTypeKeys.map((key) => (
              <option key={key} value={key}>
                {recordTypes[key].plural}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="action" className="text-sm font-medium">
            Change
          </label>
          <select id="action" name="action" defaultValue={filters.action ?? ''} className={control}>
            <option value="">All</option>
            <option value="CREATE">Created</option>
            <option value="UPDATE">Changed</option>
            <option value="DELETE">Deleted</option>
            <option value="RESTORE">Restored</option>
          </select>
        </div>
        <div>
          <label htmlFor="user" className="text-sm font-medium">
            Who (name, email or import file)
          </label>
          <input id="user" name="user" defaultValue={filters.user} className={control} />
        </div>
        <div>
          <label htmlFor="from" className="text-sm font-medium">
            From
          </label>
          <input id="from" name="from" type="date" defaultValue={filters.from} className={control} />
        </div>
        <div>
          <label htmlFor="to" className="text-sm font-medium">
            To
          </label>
          <input id="to" name="to" type="date" defaultValue={filters.to} className={control} />
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white">
          Filter
        </button>
      </form>
      <p role="status" className="mb-2 text-sm text-slate-700">
        {total === 0 ? 'No change matches these filters.' : `${total.toLocaleString('en-GB')} changes`}
      </p>
      {rows.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  When (UTC)
                </th>
                <th scope="col" className="px-3 py-2">
                  Who
                </th>
                <th scope="col" className="px-3 py-2">
                  Change
                </th>
                <th scope="col" className="px-3 py-2">
                  Record
                </th>
                <th scope="col" className="px-3 py-2">
                  Fields
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const meta = recordTypeByEntity(row.entityType)
                const fields = diffRecords(
                  row.before as Record<string, unknown> | null,
                  row.after as Record<string, unknown> | null,
                ).map((c) => humanizeField(c.field))
                return (
                  <tr key={row.id} className="border-t border-slate-100 align-top">
                    <td className="whitespace-nowrap px-3 py-2">
                      {row.createdAt.toISOString().slice(0, 16).replace('T', ' ')}
                    </td>
                    <td className="px-3 py-2">
                      {/* The email too: a display name is not unique and cannot prove who acted. */}
                      {row.user ? (
                        <>
                          {row.user.name} <span className="text-slate-600">&lt;{row.user.email}&gt;</span>
                        </>
                      ) : (
                        (row.actor ?? 'unknown')
                      )}
                    </td>
                    <td className="px-3 py-2">{row.action.toLowerCase()}</td>
                    <td className="px-3 py-2">
                      {meta ? (
                        <>
                          <span className="text-slate-700">{meta.label}: </span>
                          <Link href={`/admin/${meta.key}/${row.entityId}/history`}>
                            {titleOf(row.entityType, row.entityId) ?? `${row.entityId.slice(-6)} (no longer exists)`}
                          </Link>
                        </>
                      ) : (
                        `${row.entityType} ${row.entityId}`
                      )}
                    </td>
                    <td className="px-3 py-2 text-slate-700">
                      {fields.slice(0, 6).join(', ')}
                      {fields.length > 6 ? ` and ${fields.length - 6} more` : ''}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        total={total}
        page={filters.page}
        pageSize={AUDIT_PAGE_SIZE}
        base="/admin/audit"
        params={{ type: filters.type, action: filters.action, user: filters.user, from: filters.from, to: filters.to }}
      />
    </div>
  )
}
