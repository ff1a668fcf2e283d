import Link from 'next/link'
import { db } from '@/lib/db'
import { PageHeader } from '@/components/ui/page-header'
import { RecordForm } from '@/components/admin/record-form'
import { DeleteRecordForm } from '@/components/admin/delete-record-form'
import { requirePageUser } from '@/lib/auth/session'
import { can } from '@/lib/auth/permissions'
import { findCriterionElements, findRefOptions, getRecordForEdit } from '@/lib/data/curation/records'
import { refListsOf } from '@/lib/schemas/records/form-fields'
import { deleteRecordAction, lookupProvisionAction, saveRecordAction } from '../../_actions/record-actions'
import { recordIdParam, recordTypeParam } from '../params'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'

type Props = { params: Promise<{ type: string; id: string }>; searchParams: Promise<{ created?: string }> }

export async function generateMetadata({ params }: Props) {
  return { title: `Edit ${recordTypeParam((await params).type).meta.label.toLowerCase()}` }
}

export default async function EditRecordPage({ params, searchParams }: Props) {
  const raw = await params
  const { type, meta } = recordTypeParam(raw.type)
  const id = recordIdParam(raw.id)
  const user = await requirePageUser('curation:read', `/admin/${type}/${id}`)
  const record = await notFoundOnMissing(getRecordForEdit(db, { user, type, id }))
  const refOptions = await findRefOptions(db, refListsOf(meta.fields))
  const canWrite = can(user.role, 'record:write')
  // An assessment's element results pick one of its criterion's elements.
  const elementOptions =
    type === 'assessments' ? await findCriterionElements(db, (record.input as { criterion?: unknown }).criterion) : []
  return (
    <div className="max-w-4xl">
      <PageHeader
        title={record.title}
        crumbs={[
          { href: '/admin', label: 'Curation' },
          { href: `/admin/${type}`, label: meta.plural },
        ]}
      >
        <p className="mt-2 text-sm text-slate-700">
          {meta.label} · version {record.version} ·{' '}
          <Link href={`/admin/${type}/${id}/history`} className="underline">
            History
          </Link>
        </p>
      </PageHeader>
      {(await searchParams).created === '1' && (
        <p
          role="status"
          className="mb-4 rounded-md border border-emerald-700/40 bg-emerald-50 p-3 text-sm text-emerald-900"
        >
          Created and published.
        </p>
      )}
      {record.deletedAt && (
        <p className="mb-4 rounded-md border border-amber-700/40 bg-amber-50 p-3 text-sm text-amber-950">
          This record was deleted on {record.deletedAt.toLocaleDateString('en-GB')}. Restore it from its{' '}
          <Link href={`/admin/${type}/${id}/history`} className="underline">
            history
          </Link>
          .
        </p>
      )}
      {record.pending.length > 0 && (
        <section
          aria-labelledby="pending-heading"
          className="mb-6 rounded-md border border-amber-700/40 bg-amber-50 p-3 text-sm"
        >
          <h2 id="pending-heading" className="font-semibold text-amber-950">
            Pending changes to this record
          </h2>
          <ul className="mt-1 list-disc pl-5">
            {record.pending.map((p) => (
              <li key={p.id}>
                <Link href={`/admin/review/${p.id}`} className="underline">
                  {p.action.toLowerCase()} proposed by {p.author.name} on {p.createdAt.toLocaleDateString('en-GB')}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {!record.deletedAt && can(user.role, 'change:propose') && (
        <>
          <RecordForm
            type={type}
            initial={record.input as Record<string, unknown>}
            baseVersion={record.version}
            action={saveRecordAction.bind(null, type, id)}
            canWrite={canWrite}
            refOptions={refOptions}
            lookupProvision={lookupProvisionAction}
            elementOptions={elementOptions}
          />
          <DeleteRecordForm
            action={deleteRecordAction.bind(null, type, id)}
            baseVersion={record.version}
            label={meta.label.toLowerCase()}
            canWrite={canWrite}
          />
        </>
      )}
    </div>
  )
}
