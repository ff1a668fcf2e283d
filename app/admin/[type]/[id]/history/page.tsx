import Link from 'next/link'
import { db } from '@/lib/db'
import { PageHeader } from '@/components/ui/page-header'
import { FieldChanges } from '@/components/admin/field-changes'
import { RestoreButton } from '@/components/admin/restore-button'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { requirePageUser } from '@/lib/auth/session'
import { can } from '@/lib/auth/permissions'
import { findRecordHistory } from '@/lib/data/curation/history'
import { labelRecordedValues } from '@/lib/data/curation/record-labels'
import { getRecordForEdit } from '@/lib/data/curation/records'
import { diffRecords } from '@/lib/domain/record-diff'
import { restoreRevisionAction } from '../../../_actions/record-actions'
import { recordIdParam, recordTypeParam } from '../../params'

type Props = { params: Promise<{ type: string; id: string }> }

export const metadata = { title: 'History' }

const actionLabels = { CREATE: 'Created', UPDATE: 'Changed', DELETE: 'Deleted', RESTORE: 'Restored' } as const

export default async function RecordHistoryPage({ params }: Props) {
  const raw = await params
  const { type, meta } = recordTypeParam(raw.type)
  const id = recordIdParam(raw.id)
  const user = await requirePageUser('curation:read', `/admin/${type}/${id}/history`)
  const record = await notFoundOnMissing(getRecordForEdit(db, { user, type, id }))
  const revisions = await findRecordHistory(db, { user, type, entityId: id })
  // Names instead of ids: "United Kingdom (GB)", a provision's citation, a topic's name.
  const labelled = await labelRecordedValues(
    db,
    revisions.flatMap((r) => [r.before as Record<string, unknown> | null, r.after as Record<string, unknown> | null]),
  )
  const labels = Object.fromEntries(meta.fields.map((f) => [f.name, f.label]))
  return (
    <div className="max-w-5xl">
      <PageHeader
        title={`History of ${record.title}`}
        crumbs={[
          { href: '/admin', label: 'Curation' },
          { href: `/admin/${type}`, label: meta.plural },
          { href: `/admin/${type}/${id}`, label: record.title },
        ]}
      >
        <p className="mt-2 text-sm text-slate-700">
          Now at version {record.version}. Restoring a revision makes a new change with the values it recorded; nothing
          is erased.
        </p>
      </PageHeader>
      {revisions.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4">
          No change has been recorded for this record.
        </p>
      ) : (
        <ol className="space-y-4">
          {revisions.map((revision, index) => (
            <li key={revision.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-semibold">
                  {actionLabels[revision.action]} by {revision.user?.name ?? revision.actor ?? 'unknown'}
                  <span className="font-normal text-slate-700">
                    {' '}
                    on {revision.createdAt.toLocaleString('en-GB', { timeZone: 'UTC' })} UTC
                  </span>
                </h2>
                {revision.changeRequest?.reviewer && (
                  <p className="text-sm text-slate-700">
                    Approved by {revision.changeRequest.reviewer.name}
                    {revision.changeRequest.reviewComment && <>: “{revision.changeRequest.reviewComment}”</>}
                  </p>
                )}
              </div>
              <FieldChanges
                changes={diffRecords(labelled[index * 2], labelled[index * 2 + 1])}
                labels={labels}
                caption={`Changes in this revision`}
              />
              {index > 0 && can(user.role, 'change:propose') && (
                <div className="mt-3">
                  <RestoreButton
                    action={restoreRevisionAction.bind(null, revision.id)}
                    baseVersion={record.version}
                    canWrite={can(user.role, 'record:write')}
                    when={revision.createdAt.toLocaleString('en-GB', { timeZone: 'UTC' })}
                  />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      <p className="mt-6">
        <Link href={`/admin/${type}/${id}`}>Back to the record</Link>
      </p>
    </div>
  )
}
