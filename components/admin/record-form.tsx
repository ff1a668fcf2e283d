'use client'

import { useActionState, useEffect, useRef, useState, startTransition, type FormEvent } from 'react'
import { useRouter } from 'next/navigation'
import type { ActionResult } from '@/lib/actions/action-result'
import type { FieldErrors } from '@/lib/errors/app-error'
import { fieldErrorsOf, recordTypes, type RecordTypeKey } from '@/lib/schemas/records'
import type { RefList } from '@/lib/schemas/records/form-fields'
import type { SaveOutcome } from '@/lib/data/curation/change-requests'
import { FormField, formValue } from './form-field'
import { ResultMessage } from './result-message'
import { RowsField, type LookupProvision } from './rows-field'

type SaveAction = (previous: ActionResult<SaveOutcome> | null, formData: FormData) => Promise<ActionResult<SaveOutcome>>

/**
 * The one form for every record type. Validates with the record's zod schema in the browser
 * first (the server validates again with the same schema), keeps what was typed on any failure
 * (the action is dispatched by hand, so React does not reset the form), and shows the other
 * person's change when a save is refused as stale. After a save the page refreshes and
 * `baseVersion` follows the new version, so the next save from this form is not stale.
 */
export function RecordForm({
  type,
  initial,
  baseVersion,
  action,
  canWrite,
  refOptions,
  elementOptions,
  lookupProvision,
}: {
  type: RecordTypeKey
  initial: Record<string, unknown> | null
  baseVersion: number | null
  action: SaveAction
  canWrite: boolean
  refOptions: Partial<Record<RefList, string[]>>
  /** The criterion's element codes, for element results (an assessment being edited) */
  elementOptions?: readonly { value: string; label: string }[]
  lookupProvision: LookupProvision
}) {
  const meta = recordTypes[type]
  const router = useRouter()
  const [result, dispatch, pending] = useActionState(action, null)
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null)
  const summaryRef = useRef<HTMLDivElement>(null)
  const errors = clientErrors ?? (result && !result.ok ? result.fieldErrors : undefined)

  useEffect(() => {
    if (result?.ok && result.data.mode === 'applied') {
      if (!baseVersion && result.data.entityId) router.push(`/admin/${type}/${result.data.entityId}?created=1`)
      else router.refresh()
    }
  }, [result, router, type, baseVersion])

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    // The submitter says which button: "Request review" adds requestReview=1.
    const submitter = (event.nativeEvent as SubmitEvent).submitter
    const formData = new FormData(event.currentTarget, submitter instanceof HTMLButtonElement ? submitter : null)
    const { baseVersion: _ignored, requestReview: _review, ...values } = Object.fromEntries(formData.entries())
    const parsed = meta.schema.safeParse(values)
    if (!parsed.success) {
      setClientErrors(fieldErrorsOf(parsed.error))
      requestAnimationFrame(() => summaryRef.current?.focus())
      return
    }
    setClientErrors(null)
    startTransition(() => dispatch(formData))
  }

  const errorCount = errors ? Object.keys(errors).length : 0
  const success = result?.ok
    ? result.data.mode === 'proposed'
      ? 'Submitted for review. A reviewer will approve or reject it; until then the public site shows the current version.'
      : 'Saved and published.'
    : undefined

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-describedby={errorCount ? 'form-errors' : undefined}
      className="space-y-5"
    >
      <div ref={summaryRef} tabIndex={-1} className="space-y-3 outline-none">
        {errorCount > 0 && (
          <div
            id="form-errors"
            role="alert"
            className="rounded-md border border-red-700/40 bg-red-50 p-3 text-sm text-red-900"
          >
            {errorCount === 1 ? 'One field needs attention.' : `${errorCount} fields need attention.`} Nothing was
            saved.
            {errors?._form && <p className="mt-1">{errors._form.join(' ')}</p>}
          </div>
        )}
        {!clientErrors && (result?.ok || (result && !result.fieldErrors)) && (
          <ResultMessage result={result} success={success} />
        )}
      </div>
      {baseVersion !== null && <input type="hidden" name="baseVersion" value={baseVersion} />}
      <div className="grid gap-4 sm:grid-cols-2">
        {meta.fields.map((field) =>
          field.kind === 'rows' ? (
            <RowsField
              key={field.name}
              field={field}
              initial={initial?.[field.name]}
              errors={errors?.[field.name]}
              refOptions={refOptions}
              elementOptions={elementOptions}
              lookupProvision={lookupProvision}
            />
          ) : (
            <FormField
              key={field.name}
              field={field}
              value={formValue(
                initial?.[field.name] ??
                  (field.name === 'verification'
                    ? 'NEEDS_REVIEW'
                    : field.kind === 'select' && field.required
                      ? undefined
                      : ''),
              )}
              errors={errors?.[field.name]}
              suggestions={field.ref ? refOptions[field.ref] : undefined}
            />
          ),
        )}
      </div>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? 'Saving…' : canWrite ? 'Save and publish' : 'Submit for review'}
        </button>
        {canWrite && (
          <button
            type="submit"
            name="requestReview"
            value="1"
            disabled={pending}
            aria-describedby="request-review-help"
            className="rounded-md border border-brand-700 bg-white px-4 py-2 font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-60"
          >
            Request review
          </button>
        )}
        <p id="request-review-help" className="text-sm text-slate-700">
          {canWrite
            ? 'Request review: another reviewer approves it before anyone else sees it.'
            : 'Your change waits for a reviewer before anyone else sees it.'}
        </p>
      </div>
    </form>
  )
}
