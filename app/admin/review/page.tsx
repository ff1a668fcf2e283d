import Link from 'next/link'
import { db } from '@/lib/db'
import { PageHeader } from '@/components/ui/page-header'
import { requirePageUser } from '@/lib/auth/session'
import { can } from '@/lib/auth/permissions'
import { findChangeRequests, type ChangeRequestView } from '@/lib/data/curation/review-queue'
import { recordTypeByEntity } from '@/lib/schemas/records'

export const metadata = { title: 'Review queue' }

const statusLabels = { PENDING: 'Pending', APPROVED: 'Approved', REJECTED: 'Rejected', WITHDRAWN: 'Withdrawn' } as const

function RequestList({ requests, empty }: { requests: ChangeRequestView[]; empty: string }) {
  if (!requests.length)
    return <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-slate-700">{empty}</p>
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {requests.map((r) => {
        const payload = r.payload as Record<string, unknown>
        const meta = recordTypeByEntity(r.entityType)
        const key = meta?.naturalKey
          .map((k) => payload[k])
          .filter(Boolean)
          .join(' · ')
        return (
          <li key={r.id} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
            <div>
              <Link href={`/admin/review/${r.id}`} className="font-medium">
                {r.action.charAt(0) + r.action.slice(1).toLowerCase()} {meta?.label.toLowerCase() ?? r.entityType}
                {key ? `: ${key}` : ''}
              </Link>
              <p className="text-sm text-slate-700">
                by {r.author.name} on {r.createdAt.toLocaleString('en-GB', { timeZone: 'UTC' })} UTC
                {r.reviewer && ` · ${statusLabels[r.status].toLowerCase()} by ${r.reviewer.name}`}
              </p>
            </div>
            <span className="rounded-full border border-slate-300 px-2 py-0.5 text-xs font-medium">
              {statusLabels[r.status]}
            </span>
          </li>
        )
      })}
    </ul>
  )
}

export default async function ReviewQueuePage() {
  const user = await requirePageUser('curation:read', '/admin/review')
  const [pending, decided] = await Promise.all([
    findChangeRequests(db, { user, status: 'PENDING' }),
    findChangeRequests(db, { user, status: 'DECIDED' }),
  ])
  const reviewer = can(user.role, 'change:review')
  return (
    <div className="max-w-5xl">
      <PageHeader
        title="Review queue"
        crumbs={[{ href: '/admin', label: 'Curation' }]}
        lead={
          reviewer
            ? 'Changes proposed by editors, oldest first. Approving publishes a change; rejecting keeps the record as it is.'
            : 'Your proposed changes and what reviewers decided.'
        }
      />
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading" className="mb-2 text-xl font-semibold">
          Waiting for review ({pending.length})
        </h2>
        <RequestList
          requests={pending}
          empty={reviewer ? 'Nothing is waiting for review.' : 'You have no change waiting for review.'}
        />
      </section>
      <section aria-labelledby="decided-heading" className="mt-8">
        <h2 id="decided-heading" className="mb-2 text-xl font-semibold">
          Recently decided
        </h2>
        <RequestList requests={decided} empty="No change has been decided yet." />
      </section>
    </div>
  )
}
