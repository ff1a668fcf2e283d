import type { CompareOptions } from '@/lib/data/compare/find-compare-options'
import { buildTopicRows } from '@/lib/domain/topic-rows'
import { MAX_COMPARE_JURISDICTIONS, type CompareQuery } from '@/lib/schemas/compare'
import { ByOption } from './by-option'
import { JurisdictionPicker } from './jurisdiction-picker'

const selectClass = 'mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm'

/**
 * The /compare form: a GET form, so the comparison lives in the URL and works without JavaScript.
 * `fields` picks what a view needs (the matrix: everything; definitions: concept and column; ages: jurisdictions only).
 */
export function CompareForm({
  action,
  options,
  query,
  fields,
}: {
  action: string
  options: CompareOptions
  query: Partial<CompareQuery> & { jurisdictions: string[] }
  fields: 'matrix' | 'definitions' | 'ages'
}) {
  const topicRows = buildTopicRows(options.topics) ?? []
  return (
    <form
      action={action}
      method="get"
      className="no-print mb-8 space-y-5 rounded-lg border border-slate-200 bg-white p-4"
    >
      <JurisdictionPicker
        jurisdictions={options.jurisdictions.map(({ code, name, hasData }) => ({ code, name, hasData }))}
        selected={query.jurisdictions}
        groups={options.groups}
        min={2}
        max={MAX_COMPARE_JURISDICTIONS}
        groupMembers="with-law"
      />

      {fields === 'matrix' && (
        <fieldset>
          <legend className="text-sm font-semibold text-slate-900">Compare by</legend>
          <div className="mt-2 grid gap-4 md:grid-cols-3">
            <ByOption
              value="topic"
              label="Topic"
              checked={query.by !== 'concept' && query.by !== 'criterion'}
              hint="Rows are the topic and its sub-topics."
            >
              <label htmlFor="topic" className="sr-only">
                Topic to compare
              </label>
              <select id="topic" name="topic" defaultValue={query.topic ?? ''} className={selectClass}>
                <option value="">All topics (full tree)</option>
                {topicRows.map(({ topic, depth }) => (
                  <option key={topic.slug} value={topic.slug}>
                    {'\u00a0\u00a0'.repeat(depth)}
                    {topic.name}
                  </option>
                ))}
              </select>
            </ByOption>
            <ByOption
              value="concept"
              label="Concept"
              checked={query.by === 'concept'}
              hint="Rows are the legal definitions."
            >
              <label htmlFor="concept" className="sr-only">
                Concept to compare
              </label>
              <ConceptSelect options={options} value={query.concept} allowAll />
            </ByOption>
            <ByOption
              value="criterion"
              label="Baseline criterion"
              checked={query.by === 'criterion'}
              hint="Rows are the criterion’s elements."
            >
              <label htmlFor="criterion" className="sr-only">
                Criterion to compare
              </label>
              <select id="criterion" name="criterion" defaultValue={query.criterion ?? ''} className={selectClass}>
                <option value="">Choose a criterion</option>
                {options.criteria.map((c) => (
                  <option key={c.ref} value={c.ref}>
                    {c.label}
                  </option>
                ))}
              </select>
            </ByOption>
          </div>
        </fieldset>
      )}

      {fields === 'definitions' && (
        <div className="max-w-md">
          <label htmlFor="concept" className="text-sm font-semibold text-slate-900">
            Concept
          </label>
          <ConceptSelect options={options} value={query.concept} />
        </div>
      )}

      {fields !== 'ages' && (
        <div className="max-w-xl">
          <label htmlFor="col" className="text-sm font-semibold text-slate-900">
            International instrument as an extra column <span className="font-normal text-slate-700">(optional)</span>
          </label>
          <select id="col" name="col" defaultValue={query.column ?? ''} className={selectClass}>
            <option value="">None</option>
            {options.instruments.map((i) => (
              <option key={i.uri} value={i.uri}>
                {i.label} ({i.issuer})
              </option>
            ))}
          </select>
        </div>
      )}

      <button
        type="submit"
        className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
      >
        Compare
      </button>
    </form>
  )
}

function ConceptSelect({
  options,
  value,
  allowAll = false,
}: {
  options: CompareOptions
  value?: string
  allowAll?: boolean
}) {
  return (
    <select id="concept" name="concept" defaultValue={value ?? ''} className={selectClass}>
      <option value="">{allowAll ? 'All concepts' : 'Choose a concept'}</option>
      {options.concepts.map((c) => (
        <option key={c.slug} value={c.slug}>
          {c.name}
        </option>
      ))}
    </select>
  )
}
