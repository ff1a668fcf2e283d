import Link from 'next/link'
import { db } from '@/lib/db'
import { PageHeader } from '@/components/ui/page-header'
import { SyncSourcesButton } from '@/components/admin/sync-sources-button'
import { requirePageUser } from '@/lib/auth/session'
import { can } from '@/lib/auth/permissions'
import { findSyncSources } from '@/lib/data/law/find-sync-sources'
import { syncSourcesAction } from '../_actions/sources-actions'

export const metadata = { title: 'Official sources' }

export default async function SourcesPage() {
  const user = await requirePageUser('curation:read', '/admin/sources')
  const sources = await findSyncSources(db, { user })
  return (
    <div className="max-w-5xl">
      <PageHeader
        title="Official sources"
        crumbs={[{ href: '/admin', label: 'Curation' }]}
        lead="Instruments whose official machine-readable text LexBridge fetches from the publisher. A check asks only for texts that changed (ETag / Last-Modified); a new text is imported as a new version with its provenance; a failed or partial download changes nothing. `npm run sources:sync` does the same from the command line."
      />
      {can(user.role, 'sources:sync') ? (
        <SyncSourcesButton sync={syncSourcesAction} />
      ) : (
        <p className="text-sm text-slate-700">An admin can run the check.</p>
      )}
      {sources.length === 0 ? (
        <p className="mt-6 text-slate-700">No instrument has an official text URL yet.</p>
      ) : (
        <table className="mt-6 w-full text-sm">
          <caption className="sr-only">Instruments with an official text URL</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="py-1 pr-4">
                Instrument
              </th>
              <th scope="col" className="py-1 pr-4">
                Official text
              </th>
              <th scope="col" className="py-1 pr-4">
                Versions
              </th>
              <th scope="col" className="py-1">
                Last check
              </th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr key={s.id} className="border-t border-slate-200 align-top">
                <td className="py-2 pr-4">
                  <Link href={`/instruments${s.uri}`}>{s.shortTitle ?? s.title}</Link>
                </td>
                <td className="py-2 pr-4 break-all font-mono text-xs">{s.officialTextUrl}</td>
                <td className="py-2 pr-4">{s._count.versions}</td>
                <td className="py-2">
                  {s.syncCheckedAt
                    ? `${s.syncCheckedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC — ${s.syncStatus ?? ''}`
                    : 'never'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
