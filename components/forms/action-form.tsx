'use client'

import { useActionState, useEffect, useId, useRef, useState, useTransition, type ReactNode } from 'react'
import { z } from 'zod'
import { draftFormSchemas, formDataToObject, type DraftFormName } from '@/lib/schemas/drafts'
import type { ActionResult } from '@/lib/actions/action-result'
import { FormErrorsContext } from './form-context'

type Result = ActionResult<unknown>

/**
 * A form bound to a server action. Before submitting it validates with the same zod schema the
 * action uses, so mistakes show at once; the server validates again. Submitting through
 * startTransition (not the form's own action) stops React from clearing what the user typed
 * when the server refuses it. Without JavaScript the form still posts to the action.
 */
export function ActionForm({
  action,
  schema,
  submitLabel,
  pendingLabel = 'Saving…',
  resetOnSuccess = false,
  variant = 'primary',
  className = '',
  confirm,
  children,
}: {
  action: (state: Result | null, formData: FormData) => Promise<Result>
  schema: DraftFormName
  submitLabel: string
  pendingLabel?: string
  resetOnSuccess?: boolean
  variant?: 'primary' | 'secondary' | 'danger' | 'link'
  className?: string
  /** Ask before acting (destructive actions): a modal dialog, keyboard-operable, Cancel focused first */
  confirm?: { question: string; detail?: string; confirmLabel: string }
  children?: ReactNode
}) {
  const formId = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const [state, formAction] = useActionState(action, null)
  const [clientErrors, setClientErrors] = useState<Record<string, string[]> | null>(null)
  const [isPending, startTransition] = useTransition()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const awaitingConfirmation = useRef<FormData | null>(null)
  const submit = (formData: FormData) =>
    startTransition(async () => {
      formAction(formData)
    })
  const errors = clientErrors ?? (state && !state.ok ? (state.fieldErrors ?? {}) : {})
  const message = clientErrors ? 'Some fields need attention.' : state?.message
  // A "create" form starts empty again after each successful submission.
  useEffect(() => {
    if (resetOnSuccess && state?.ok) formRef.current?.reset()
  }, [resetOnSuccess, state])

  return (
    <FormErrorsContext.Provider value={{ formId, errors }}>
      <form
        ref={formRef}
        action={formAction}
        noValidate
        className={className}
        onSubmit={(event) => {
          event.preventDefault()
          const formData = new FormData(event.currentTarget)
          const formSchema: z.ZodType = draftFormSchemas[schema]
          const parsed = formSchema.safeParse(formDataToObject(formData))
          if (!parsed.success) {
            setClientErrors(z.flattenError(parsed.error).fieldErrors as Record<string, string[]>)
            return
          }
          setClientErrors(null)
          if (confirm) {
            awaitingConfirmation.current = formData
            dialogRef.current?.showModal()
            return
          }
          submit(formData)
        }}
      >
        {children}
        {confirm && (
          <dialog
            ref={dialogRef}
            aria-labelledby={`${formId}-confirm`}
            aria-describedby={confirm.detail ? `${formId}-confirm-detail` : undefined}
            onClose={() => (awaitingConfirmation.current = null)}
            className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
          >
            <h2 id={`${formId}-confirm`} className="text-lg font-semibold">
              {confirm.question}
            </h2>
            {confirm.detail && (
              <p id={`${formId}-confirm-detail`} className="mt-2 text-sm text-slate-700">
                {confirm.detail}
              </p>
            )}
            <div className="mt-4 flex flex-wrap gap-3">
              {/* Cancel first and focused: Enter or Escape at once never destroys anything. */}
              <button
                type="button"
                autoFocus
                onClick={() => dialogRef.current?.close()}
                className={buttonClass.secondary}
              >
                Cancel
              </button>
              <button
                type="button"
                className={buttonClass.danger}
                onClick={() => {
                  const formData = awaitingConfirmation.current
                  dialogRef.current?.close()
                  if (formData) submit(formData)
                }}
              >
                {confirm.confirmLabel}
              </button>
            </div>
          </dialog>
        )}
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <button type="submit" disabled={isPending} className={buttonClass[variant]}>
            {isPending ? pendingLabel : submitLabel}
          </button>
          <p
            role={state && !state.ok ? 'alert' : 'status'}
            className={`text-sm ${(state && !state.ok) || clientErrors ? 'font-medium text-red-800' : 'text-emerald-800'}`}
          >
            {isPending ? '' : message}
          </p>
        </div>
      </form>
    </FormErrorsContext.Provider>
  )
}

const buttonClass = {
  primary: 'rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60',
  secondary:
    'rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:border-brand-600 disabled:opacity-60',
  danger:
    'rounded-md border border-red-700 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60',
  link: 'text-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800 disabled:opacity-60',
} as const
