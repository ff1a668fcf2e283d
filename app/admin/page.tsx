import Link from 'next/link'
import { db } from '@/lib/db'
import { PageHeader } from '@/components/ui/page-header'
import { requirePageUser } from '@/lib/auth/session'
import { countRecords } from '@/lib/data/curation/records'
import { countPendingChangeRequests } from '@/lib/data/curation/review-queue'
import { recordTypes, recordTypeKeys } from '@/lib/schemas/records'
import { can } from '@/lib/auth/permissions'

export const metadata = { title: 'Curation' }

export default async function AdminHome() {
  const user = await requirePageUser('curation:read', '/admin')
  const [counts, pending] = await Promise.all([countRecords(db, { user }), countPendingChangeRequests(db, { user })])
  return (
    <div>
      <PageHeader
        title="Curation"
        lead={
          can(user.role, 'record:write')
            ? 'Your changes are published when you save them, and recorded in each record’s history.'
            : 'Your changes are drafts until a reviewer approves them.'
        }
      />
      <p className="mb-6">
        <Link href="/admin/review" className="font-medium underline">
          {pending === 0
            ? 'No change is waiting for review.'
            : pending === 1
              ? '1 change is waiting for review'
              : `${pending} changes are waiting for review`}
        </Link>
        {!can(user.role, 'change:review') && pending > 0 && ' (yours)'}
      </p>
      <p className="mb-6">
        <Link href="/admin/sources" className="font-medium underline">
          Official sources
        </Link>
        : fetch new official texts from their publishers.
      </p>
      <h2 className="mb-3 text-xl font-semibold">Records</h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {recordTypeKeys.map((key) => (
          <li key={key} className="rounded-lg border border-slate-200 bg-white p-4">
            <Link href={`/admin/${key}`} className="text-lg font-medium">
              {recordTypes[key].plural}
            </Link>
            <p className="text-sm text-slate-700">{counts[key].toLocaleString('en-GB')} records</p>
          </li>
        ))}
      </ul>
    </div>
  )
}
