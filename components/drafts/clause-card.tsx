import Link from 'next/link'
import { CrosswalkPanel } from '@/components/crosswalk-panel'
import { ActionForm } from '@/components/forms/action-form'
import type { DraftOptions } from '@/lib/data/drafts/find-draft-options'
import type { DraftWorkspace, WorkspaceClause } from '@/lib/data/drafts/get-draft-workspace'
import { ClauseFields } from './clause-fields'
import { ConformityBadge } from './conformity-badge'
import type { DraftActions, FormAction } from './draft-actions'
import { DraftIds } from './draft-ids'
import { EvidenceLinks } from './evidence-links'
import { LinkRequirementsForm } from './link-requirements-form'

type Props = {
  actions: DraftActions
  clause: WorkspaceClause
  number: number
  count: number
  workspace: DraftWorkspace
  options: DraftOptions | null
  editing: boolean
}

/** One clause: its text and source, what it is linked to, its forecast with evidence, equivalents, and (for editors) its controls. */
export function ClauseCard({ actions, clause, number, count, workspace, options, editing }: Props) {
  const { draft, jurisdictions } = workspace
  const forecast = workspace.forecast.clauses[number - 1]
  const headingId = `clause-${clause.id}-heading`
  const crosswalks = workspace.crosswalks.filter((cw) =>
    cw.entries.some(
      (e) =>
        (e.provisionId && e.provisionId === clause.sourceProvisionId) ||
        (e.criterionId && clause.links.some((l) => l.criterionId === e.criterionId)),
    ),
  )
  return (
    <article
      id={`clause-${clause.id}`}
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <h3 id={headingId} className="text-lg font-semibold">
        Clause {number}
        {clause.heading && <> — {clause.heading}</>}
      </h3>
      <p className="law-text mt-2 text-slate-900">{clause.text}</p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">Source</dt>
        <dd>
          {clause.sourceCitation ? (
            clause.sourceHref ? (
              <Link href={clause.sourceHref}>{clause.sourceCitation}</Link>
            ) : (
              clause.sourceCitation
            )
          ) : (
            'Written for this draft'
          )}
        </dd>
        <dt className="text-slate-600">Linked to</dt>
        <dd>
          {clause.links.length
            ? clause.links.map((l) => l.label).join('; ')
            : 'Nothing yet: link a criterion or concept to forecast conformity.'}
        </dd>
      </dl>

      {forecast.linked && jurisdictions.length > 0 && (
        <details className="mt-3 rounded-md border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium">
            Forecast and evidence: {forecast.totals.MET} meet, {forecast.totals.PARTIAL} partly,{' '}
            {forecast.totals.NOT_MET} do not, {forecast.totals.UNKNOWN} not known
          </summary>
          <ul className="mt-2 space-y-2 text-sm">
            {jurisdictions.map((j, ji) => (
              <li key={j.id}>
                <span className="font-medium">{j.name}</span> <ConformityBadge status={forecast.cells[ji].status} />
                <ul className="ml-4 mt-1 list-disc space-y-1 pl-4 text-slate-800">
                  {forecast.cells[ji].links.map((l) => (
                    <li key={l.label}>
                      {l.label}: {l.basis} <EvidenceLinks evidence={l.evidence} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </details>
      )}
      <CrosswalkPanel
        crosswalks={crosswalks}
        self={{ provisionId: clause.sourceProvisionId ?? undefined }}
        entryAction={(entry) =>
          options && entry.provisionId ? (
            <ActionForm
              action={actions.clauseFromProvision}
              schema="clauseFromProvision"
              submitLabel={`Start a clause from ${entry.label}`}
              pendingLabel="Adding…"
              variant="link"
              className="inline-block sm:ml-2"
            >
              <DraftIds draftId={draft.id} version={draft.version} />
              <input type="hidden" name="provisionId" value={entry.provisionId} />
            </ActionForm>
          ) : null
        }
      />

      {options && (
        <div className="no-print mt-3 border-t border-slate-100 pt-3">
          {clause.links
            .filter((l) => l.concept)
            .map((l) => (
              <LinkRequirementsForm
                key={l.id}
                action={actions.linkRequirements}
                draftId={draft.id}
                version={draft.version}
                link={l}
              />
            ))}
          <details open={editing} className="mt-2 rounded-md border border-slate-200 p-3">
            <summary className="cursor-pointer text-sm font-medium">Edit clause {number}</summary>
            <ActionForm action={actions.saveClause} schema="clause" submitLabel="Save clause">
              <DraftIds draftId={draft.id} version={draft.version} />
              <input type="hidden" name="clauseId" value={clause.id} />
              <ClauseFields
                options={options}
                defaults={{
                  heading: clause.heading,
                  text: clause.text,
                  criteria: clause.links.flatMap((l) => (l.criterionId ? [l.criterionId] : [])),
                  concepts: clause.links.flatMap((l) => (l.concept ? [l.concept.id] : [])),
                }}
              />
            </ActionForm>
          </details>
          <div className="mt-2 flex flex-wrap items-start gap-4">
            {number > 1 && (
              <ClauseButton
                action={actions.moveClause}
                clauseId={clause.id}
                draft={draft}
                extra={{ direction: 'up' }}
                label={`Move clause ${number} up`}
              />
            )}
            {number < count && (
              <ClauseButton
                action={actions.moveClause}
                clauseId={clause.id}
                draft={draft}
                extra={{ direction: 'down' }}
                label={`Move clause ${number} down`}
              />
            )}
            <ClauseButton
              action={actions.deleteClause}
              clauseId={clause.id}
              draft={draft}
              label={`Delete clause ${number}`}
              danger
            />
          </div>
        </div>
      )}
    </article>
  )
}

function ClauseButton({
  action,
  clauseId,
  draft,
  extra,
  label,
  danger,
}: {
  action: FormAction
  clauseId: string
  draft: { id: string; version: number }
  extra?: Record<string, string>
  label: string
  danger?: boolean
}) {
  return (
    <ActionForm
      action={action}
      schema={extra ? 'moveClause' : 'clauseRef'}
      submitLabel={label}
      pendingLabel="Working…"
      variant={danger ? 'danger' : 'secondary'}
      confirm={
        danger
          ? {
              question: `${label}?`,
              detail: 'The clause and its links leave the draft; earlier versions keep it in the history.',
              confirmLabel: label,
            }
          : undefined
      }
    >
      <DraftIds draftId={draft.id} version={draft.version} />
      <input type="hidden" name="clauseId" value={clauseId} />
      {extra &&
        Object.entries(extra).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
    </ActionForm>
  )
}
