import type { Metadata } from 'next'
import { PageHeader } from '@/components/ui/page-header'
import { requirePageUser } from '@/lib/auth/session'
import { Section } from '@/components/ui/section'
import { db } from '@/lib/db'
import { env } from '@/lib/env'
import { getSearchIndexStatus } from '@/lib/search/get-search-index-status'

/**
 * Search index status for curators (curation:read). Read-only and free of secrets even so: no
 * key, no host, errors stripped of addresses; see docs/decisions/0104.
 */
export const metadata: Metadata = { title: 'Search index', robots: { index: false } }

const dateTime = (value: Date | string | null) =>
  value
    ? new Date(value).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' }) + ' UTC'
    : '—'
const number = (value: number | null) => (value === null ? '—' : value.toLocaleString('en-GB'))

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium">{children}</dd>
    </>
  )
}

export default async function SearchStatusPage() {
  await requirePageUser('curation:read', '/admin/search')
  const status = await getSearchIndexStatus(db, env)
  const { outbox } = status
  return (
    <div>
      <PageHeader
        title="Search index"
        lead={
          status.engine === 'meilisearch'
            ? 'Search is answered by Meilisearch, kept in step with the database through the outbox.'
            : 'Search is answered inside the database (embedded engine); it is always current. No Meilisearch is configured.'
        }
      />

      {status.meilisearch && (
        <Section id="meilisearch" title="Meilisearch">
          <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
            <Row label="Server">
              {status.meilisearch.reachable ? 'Reachable' : 'Not reachable — search falls back to the embedded engine'}
            </Row>
            <Row label="Documents in the index">{number(status.meilisearch.documents)}</Row>
            <Row label="Indexing now">{status.meilisearch.isIndexing ? 'Yes' : 'No'}</Row>
            <Row label="Last successful sync">{dateTime(outbox.lastSuccessAt)}</Row>
          </dl>
        </Section>
      )}

      <Section id="outbox" title="Changes waiting for the index">
        <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          <Row label="Pending changes">{number(outbox.pending)}</Row>
          <Row label="Of which failed at least once">{number(outbox.failing)}</Row>
          <Row label="Oldest pending since">{dateTime(outbox.oldestPendingAt)}</Row>
          <Row label="Next retry">{dateTime(outbox.nextRetryAt)}</Row>
          <Row label="Last error">
            {outbox.lastError ? `${outbox.lastError} (${dateTime(outbox.lastErrorAt)})` : 'None'}
          </Row>
        </dl>
        {status.engine === 'embedded' && outbox.pending > 0 && (
          <p className="mt-3 max-w-3xl text-sm text-slate-700">
            These changes are kept for a Meilisearch server: they are applied as soon as one is configured. The embedded
            engine does not need them.
          </p>
        )}
      </Section>

      <Section id="embedded" title="Embedded engine (Postgres full-text)">
        <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          <Row label="Provisions indexed">{number(status.embedded.provisions)}</Row>
          <Row label="Definitions indexed">{number(status.embedded.definitions)}</Row>
          <Row label="Instruments indexed">{number(status.embedded.instruments)}</Row>
          <Row label="Jurisdictions indexed">{number(status.embedded.jurisdictions)}</Row>
          <Row label="Words known for spelling correction">{number(status.embedded.vocabulary)}</Row>
        </dl>
      </Section>
    </div>
  )
}
