import type { Metadata } from 'next'
import { SignInPrompt } from '@/components/drafts/sign-in-prompt'
import { SnapshotDiffView } from '@/components/drafts/snapshot-diff'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { db } from '@/lib/db'
import { findDraftHistory, getDraftSnapshots } from '@/lib/data/drafts/find-draft-history'
import { findDraftTitle } from '@/lib/data/drafts/find-drafts'
import { compareSnapshots } from '@/lib/domain/drafts/compare-snapshots'
import { getCurrentUser } from '@/lib/auth/session'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { firstValues } from '@/lib/schemas/browse'
import { historyParamsSchema } from '@/lib/schemas/drafts'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const title = await findDraftTitle(db, { draftId: (await params).id, user: await getCurrentUser() })
  return { title: title ? `History of ${title}` : 'Draft history' }
}

export default async function DraftHistoryPage({ params, searchParams }: Props) {
  const { id } = await params
  const user = await getCurrentUser()
  if (!user) return <SignInPrompt returnTo={`/drafts/${id}/history`} />
  const history = await notFoundOnMissing(findDraftHistory(db, { draftId: id, user }))
  const latest = history.draft.version
  // Default comparison: the latest version against the one before it.
  const query = historyParamsSchema.parse(firstValues(await searchParams))
  const to = query.to && query.to <= latest ? query.to : latest
  const from = query.from && query.from <= latest ? query.from : Math.max(1, to - 1)
  const [before, after] = await getDraftSnapshots(db, { draftId: id, user, versions: [from, to] })
  const versionOptions = history.versions.map((v) => ({
    value: String(v.versionNumber),
    label: `Version ${v.versionNumber} — ${v.author}, ${v.createdAt.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`,
  }))

  return (
    <div>
      <PageHeader
        title={`History of “${history.draft.title}”`}
        crumbs={[
          { href: '/drafts', label: 'Drafts' },
          { href: `/drafts/${id}`, label: history.draft.title },
        ]}
        lead="Every change to the draft is a numbered version. Compare any two."
      />
      <form
        method="get"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
        aria-label="Choose versions to compare"
      >
        {[
          { name: 'from', label: 'Compare version', value: from },
          { name: 'to', label: 'with version', value: to },
        ].map((field) => (
          <div key={field.name}>
            <label htmlFor={`version-${field.name}`} className="block text-sm font-medium">
              {field.label}
            </label>
            <select
              id={`version-${field.name}`}
              name={field.name}
              defaultValue={String(field.value)}
              className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
            >
              {versionOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
        >
          Compare
        </button>
      </form>

      <Section id="diff" title={`Changes from version ${from} to version ${to}`}>
        {before && after ? (
          <SnapshotDiffView diff={compareSnapshots(before, after)} />
        ) : (
          <p>One of these versions does not exist.</p>
        )}
      </Section>

      <Section id="versions" title="Versions" count={history.versions.length}>
        <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
          {history.versions.map((v) => (
            <li key={v.versionNumber} className="flex flex-wrap justify-between gap-2 p-3">
              <span>
                <span className="font-medium">Version {v.versionNumber}</span> by {v.author},{' '}
                {v.createdAt.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC
              </span>
              {v.versionNumber > 1 && (
                <a href={`?from=${v.versionNumber - 1}&to=${v.versionNumber}#diff-heading`}>
                  What changed in version {v.versionNumber}
                </a>
              )}
            </li>
          ))}
        </ol>
      </Section>
    </div>
  )
}
