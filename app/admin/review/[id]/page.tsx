import Link from 'next/link'
import { db } from '@/lib/db'
import { PageHeader } from '@/components/ui/page-header'
import { FieldChanges } from '@/components/admin/field-changes'
import { ReviewForm } from '@/components/admin/review-form'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { requirePageUser } from '@/lib/auth/session'
import { can } from '@/lib/auth/permissions'
import { labelRecordedValues } from '@/lib/data/curation/record-labels'
import { getChangeRequest } from '@/lib/data/curation/review-queue'
import { diffRecords } from '@/lib/domain/record-diff'
import { reviewAction, withdrawAction } from '../../_actions/review-actions'
import { recordIdParam } from '../../[type]/params'

type Props = { params: Promise<{ id: string }> }
export const metadata = { title: 'Review a change' }

export default async function ReviewRequestPage({ params }: Props) {
  const id = recordIdParam((await params).id)
  const user = await requirePageUser('curation:read', `/admin/review/${id}`)
  const { request, type, meta, current, stale } = await notFoundOnMissing(getChangeRequest(db, { user, id }))
  const payload = request.payload as Record<string, unknown>
  const proposed =
    request.action === 'DELETE'
      ? null
      : request.action === 'RESTORE'
        ? (payload.values as Record<string, unknown>)
        : payload
  const changes =
    request.action === 'RESTORE'
      ? diffRecords(null, (await labelRecordedValues(db, [proposed]))[0])
      : diffRecords(request.action === 'CREATE' ? null : current?.input, proposed)
  const labels = Object.fromEntries(meta.fields.map((f) => [f.name, f.label]))
  const pending = request.status === 'PENDING'
  return (
    <div className="max-w-5xl">
      <PageHeader
        title={`${request.action.charAt(0)}${request.action.slice(1).toLowerCase()} ${meta.label.toLowerCase()}${current ? `: ${current.title}` : ''}`}
        crumbs={[
          { href: '/admin', label: 'Curation' },
          { href: '/admin/review', label: 'Review queue' },
        ]}
      >
        <p className="mt-2 text-sm text-slate-700">
          Proposed by {request.author.name} on {request.createdAt.toLocaleString('en-GB', { timeZone: 'UTC' })} UTC
          {request.baseVersion !== null && <> from version {request.baseVersion}</>}
          {request.entityId && (
            <>
              {' · '}
              <Link href={`/admin/${type}/${request.entityId}`} className="underline">
                Open the record
              </Link>
            </>
          )}
        </p>
        {!pending && (
          <p role="status" className="mt-2 text-sm">
            <strong>{request.status.charAt(0) + request.status.slice(1).toLowerCase()}</strong>
            {request.reviewer && ` by ${request.reviewer.name}`}
            {request.reviewComment && `: “${request.reviewComment}”`}
          </p>
        )}
      </PageHeader>
      {pending && stale && (
        <p role="alert" className="mb-4 rounded-md border border-red-700/40 bg-red-50 p-3 text-sm text-red-900">
          The record changed after this proposal was made (now version {current?.version}). It cannot be approved as it
          is; reject it and ask for a new proposal.
        </p>
      )}
      <section aria-labelledby="changes-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="changes-heading" className="mb-3 text-lg font-semibold">
          {request.action === 'DELETE' ? 'The record would be deleted' : 'Proposed changes'}
        </h2>
        {request.action !== 'DELETE' && (
          <FieldChanges
            changes={changes}
            labels={labels}
            caption="Proposed changes, current value against proposed value"
          />
        )}
      </section>
      {pending && can(user.role, 'change:review') && request.author.id !== user.id && (
        <ReviewForm action={reviewAction.bind(null, request.id)} />
      )}
      {pending && can(user.role, 'change:review') && request.author.id === user.id && (
        <p className="mt-4 text-sm text-slate-700">
          You asked for a second pair of eyes on this change: another reviewer approves or rejects it. You can withdraw
          it.
        </p>
      )}
      {pending && request.author.id === user.id && (
        <ReviewForm action={withdrawAction.bind(null, request.id)} withdraw />
      )}
    </div>
  )
}
