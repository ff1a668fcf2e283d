import Link from 'next/link'
import { ActionForm } from '@/components/forms/action-form'
import type { DraftOptions } from '@/lib/data/drafts/find-draft-options'
import type { searchProvisionsForClause } from '@/lib/data/drafts/find-draft-options'
import { CheckboxGroup } from '@/components/forms/fields'
import { DraftIds } from './draft-ids'
import type { FormAction } from './draft-actions'

type Results = Awaited<ReturnType<typeof searchProvisionsForClause>> | null

/**
 * Find a provision of any jurisdiction or instrument and start a clause from it. The search is a
 * GET form (state in the URL); starting the clause is an action that copies text and citation.
 */
export function ProvisionPicker({
  action,
  draft,
  options,
  query,
  results,
}: {
  action: FormAction
  draft: { id: string; version: number }
  options: DraftOptions
  query: { pq?: string; pj?: string }
  results: Results
}) {
  return (
    <section
      id="provision-picker"
      aria-labelledby="provision-picker-heading"
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <h3 id="provision-picker-heading" className="text-lg font-semibold">
        Start a clause from a provision
      </h3>
      <p className="text-sm text-slate-700">
        The provision’s text and citation are copied into a new clause, linked to the criteria you tick (its standards
        and crosswalks suggest some); then adapt the text.
      </p>
      <form
        method="get"
        action={`/drafts/${draft.id}#provision-results`}
        role="search"
        aria-label="Find a provision"
        className="mt-3 flex flex-wrap items-end gap-3"
      >
        <div>
          <label htmlFor="pq" className="block text-sm font-medium">
            Words in the citation, heading or text
          </label>
          <input
            id="pq"
            name="pq"
            type="search"
            defaultValue={query.pq ?? ''}
            placeholder="e.g. solicitation art. 23"
            className="mt-1 w-72 rounded-md border border-slate-400 px-3 py-2 text-sm"
          />
        </div>
        <div>
          <label htmlFor="pj" className="block text-sm font-medium">
            Jurisdiction or organisation
          </label>
          <select
            id="pj"
            name="pj"
            defaultValue={query.pj ?? ''}
            className="mt-1 w-64 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
          >
            <option value="">Any</option>
            {options.lawSources.map((j) => (
              <option key={j.code} value={j.code}>
                {j.name}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-medium hover:border-brand-600"
        >
          Find provisions
        </button>
      </form>
      {results && (
        <div id="provision-results" className="mt-4">
          <p role="status" className="text-sm text-slate-700">
            {results.length === 0
              ? 'No provision matches. Try fewer or different words, or another jurisdiction.'
              : `${results.length === 20 ? 'First 20' : results.length} matching ${results.length === 1 ? 'provision' : 'provisions'}.`}
          </p>
          <ul className="mt-2 space-y-3">
            {results.map((p) => (
              <li key={p.id} className="rounded-md border border-slate-200 p-3">
                <p className="font-medium">{p.citation}</p>
                <p className="text-sm text-slate-700">
                  {[p.heading, p.instrumentVersion.instrument.title, p.instrumentVersion.instrument.jurisdiction.name]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <p className="law-text mt-1 line-clamp-3 text-sm">{p.text}</p>
                <ActionForm
                  action={action}
                  schema="clauseFromProvision"
                  submitLabel={`Start a clause from ${p.citation}`}
                  pendingLabel="Adding…"
                  variant="secondary"
                >
                  <DraftIds draftId={draft.id} version={draft.version} />
                  <input type="hidden" name="provisionId" value={p.id} />
                  {p.suggestedCriteria.length > 0 && (
                    <CheckboxGroup
                      name="criteria"
                      legend={`Criteria to link the new clause to (${p.citation})`}
                      hint="Named by this provision's standards and crosswalks. Only what you tick is linked; you can change the links afterwards."
                      groups={[
                        {
                          options: p.suggestedCriteria.map((c) => ({
                            value: c.id,
                            label: `${c.label} — ${assessedFor(c.assessments)}`,
                          })),
                        },
                      ]}
                    />
                  )}
                </ActionForm>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm">
            <Link href={`/drafts/${draft.id}#provision-picker`}>Clear the search</Link>
          </p>
        </div>
      )}
    </section>
  )
}

const assessedFor = (n: number) =>
  n === 0 ? 'not assessed for any jurisdiction yet' : `assessed for ${n} ${n === 1 ? 'jurisdiction' : 'jurisdictions'}`
