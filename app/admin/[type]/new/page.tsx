import { db } from '@/lib/db'
import { PageHeader } from '@/components/ui/page-header'
import { RecordForm } from '@/components/admin/record-form'
import { requirePageUser } from '@/lib/auth/session'
import { can } from '@/lib/auth/permissions'
import { findRefOptions } from '@/lib/data/curation/records'
import { refListsOf } from '@/lib/schemas/records/form-fields'
import { lookupProvisionAction, saveRecordAction } from '../../_actions/record-actions'
import { recordTypeParam } from '../params'

type Props = { params: Promise<{ type: string }> }

export async function generateMetadata({ params }: Props) {
  return { title: `New ${recordTypeParam((await params).type).meta.label.toLowerCase()}` }
}

export default async function NewRecordPage({ params }: Props) {
  const { type, meta } = recordTypeParam((await params).type)
  const user = await requirePageUser('change:propose', `/admin/${type}/new`)
  const refOptions = await findRefOptions(db, refListsOf(meta.fields))
  return (
    <div className="max-w-4xl">
      <PageHeader
        title={`New ${meta.label.toLowerCase()}`}
        crumbs={[
          { href: '/admin', label: 'Curation' },
          { href: `/admin/${type}`, label: meta.plural },
        ]}
      />
      <RecordForm
        type={type}
        initial={null}
        baseVersion={null}
        action={saveRecordAction.bind(null, type, null)}
        canWrite={can(user.role, 'record:write')}
        refOptions={refOptions}
        lookupProvision={lookupProvisionAction}
      />
    </div>
  )
}
