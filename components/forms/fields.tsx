'use client'

import type { ReactNode } from 'react'
import { useFieldError } from './form-context'

/** Labelled inputs that show their own error (from the enclosing ActionForm) and link it with aria-describedby. */
const inputClass =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-700'

function FieldShell({
  label,
  hint,
  name,
  children,
}: {
  label: string
  hint?: ReactNode
  name: string
  children: (ids: { id: string; describedBy?: string; invalid: boolean }) => ReactNode
}) {
  const { message, id, errorId } = useFieldError(name)
  const hintId = hint ? `${id}-hint` : undefined
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children({
        id,
        describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined,
        invalid: Boolean(message),
      })}
      {message && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {message}
        </p>
      )}
    </div>
  )
}

export function TextField({
  name,
  label,
  hint,
  defaultValue,
  type = 'text',
  autoComplete,
}: {
  name: string
  label: string
  hint?: ReactNode
  defaultValue?: string | number | null
  type?: 'text' | 'email' | 'number'
  autoComplete?: string
}) {
  return (
    <FieldShell label={label} hint={hint} name={name}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          type={type}
          autoComplete={autoComplete ?? 'off'}
          defaultValue={defaultValue ?? ''}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={inputClass}
        />
      )}
    </FieldShell>
  )
}

export function TextArea({
  name,
  label,
  hint,
  defaultValue,
  rows = 4,
}: {
  name: string
  label: string
  hint?: ReactNode
  defaultValue?: string | null
  rows?: number
}) {
  return (
    <FieldShell label={label} hint={hint} name={name}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          name={name}
          rows={rows}
          defaultValue={defaultValue ?? ''}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={`${inputClass} font-serif`}
        />
      )}
    </FieldShell>
  )
}

export function SelectField({
  name,
  label,
  hint,
  options,
  defaultValue,
  placeholder,
}: {
  name: string
  label: string
  hint?: ReactNode
  options: { value: string; label: string }[]
  defaultValue?: string
  placeholder?: string
}) {
  return (
    <FieldShell label={label} hint={hint} name={name}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          name={name}
          defaultValue={defaultValue ?? ''}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={inputClass}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  )
}

/** A group of checkboxes under one legend, optionally in titled sub-groups (criteria by standard, jurisdictions by region). */
export function CheckboxGroup({
  name,
  legend,
  hint,
  groups,
  defaultValues = [],
  scroll = false,
}: {
  name: string
  legend: string
  hint?: ReactNode
  groups: { title?: string; options: { value: string; label: string }[] }[]
  defaultValues?: string[]
  scroll?: boolean
}) {
  const { message, id, errorId } = useFieldError(name)
  return (
    <fieldset
      className="mt-3"
      aria-describedby={[hint ? `${id}-hint` : '', errorId ?? ''].filter(Boolean).join(' ') || undefined}
    >
      <legend className="text-sm font-medium text-slate-900">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <div
        className={`mt-1 space-y-2 rounded-md border border-slate-300 bg-white p-3 ${scroll ? 'max-h-72 overflow-y-auto' : ''}`}
      >
        {groups.map((group, gi) => (
          <div key={group.title ?? gi}>
            {group.title && (
              <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{group.title}</p>
            )}
            <ul className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-2">
              {group.options.map((o) => (
                <li key={o.value}>
                  <label className="flex items-start gap-2 text-sm">
                    <input
                      type="checkbox"
                      name={name}
                      value={o.value}
                      defaultChecked={defaultValues.includes(o.value)}
                      className="mt-0.5"
                    />
                    <span>{o.label}</span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      {message && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {message}
        </p>
      )}
    </fieldset>
  )
}
