import { db } from '@/lib/db'
import { saveMappingAction } from '@/app/admin/_actions/import-actions'
import { PageHeader } from '@/components/ui/page-header'
import { ImportWizard } from '@/components/admin/import-wizard'
import { requirePageUser } from '@/lib/auth/session'
import { can } from '@/lib/auth/permissions'
import { findImportMappings } from '@/lib/data/import-mappings'
import { IMPORT_LIMITS, formatBytes } from '@/lib/import/import-item'

export const metadata = { title: 'Import' }

export default async function ImportPage() {
  const user = await requirePageUser('curation:read', '/admin/import')
  const mappings = await findImportMappings(db, { user })
  return (
    <div className="max-w-5xl">
      <PageHeader
        title="Import"
        crumbs={[{ href: '/admin', label: 'Curation' }]}
        lead={`CSV (one record type per file), LexBridge records JSON, or an official law text as its publisher released it (Akoma Ntoso, UK CLML, USLM, EU Formex / XHTML, German federal XML: the format is recognised from the content). Up to ${formatBytes(IMPORT_LIMITS.maxBytes)} and ${IMPORT_LIMITS.maxRecords.toLocaleString('en-GB')} records per file. Every import is previewed first; it is then written all at once, or not at all.`}
      />
      <ImportWizard
        saveMappingAction={saveMappingAction}
        savedMappings={mappings}
        canCommit={can(user.role, 'import:run')}
        maxBytes={IMPORT_LIMITS.maxBytes}
      />
    </div>
  )
}
