'use client'

import { useActionState } from 'react'
import type { ActionResult } from '@/lib/actions/action-result'
import { roleLabels, roles, type Role } from '@/lib/auth/permissions'
import { ResultMessage } from './result-message'

type UpdateAction = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>
type CreateAction = (
  previous: ActionResult<{ email: string }> | null,
  formData: FormData,
) => Promise<ActionResult<{ email: string }>>

export function UserRow({
  user,
  self,
  action,
}: {
  user: { id: string; name: string; email: string; role: Role; disabled: boolean }
  self: boolean
  action: UpdateAction
}) {
  const [roleResult, roleAction, rolePending] = useActionState(action, null)
  const [statusResult, statusAction, statusPending] = useActionState(action, null)
  const failure = [roleResult, statusResult].find((r) => r && !r.ok) ?? null
  return (
    <tr className="border-t border-slate-100 align-top">
      <td className="px-3 py-2">
        {user.name}
        {self && ' (you)'}
      </td>
      <td className="px-3 py-2">{user.email}</td>
      <td className="px-3 py-2">
        <form action={roleAction} className="flex gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <label htmlFor={`role-${user.id}`} className="sr-only">
            Role of {user.name}
          </label>
          <select
            id={`role-${user.id}`}
            name="role"
            defaultValue={user.role}
            className="rounded-md border border-slate-400 bg-white px-2 py-1"
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {roleLabels[role]}
              </option>
            ))}
          </select>
          <button
            type="submit"
            disabled={rolePending}
            className="rounded-md border border-slate-400 bg-white px-2 py-1"
          >
            Change role<span className="sr-only"> of {user.name}</span>
          </button>
        </form>
        {failure && (
          <div className="mt-1">
            <ResultMessage result={failure} />
          </div>
        )}
      </td>
      <td className="px-3 py-2">
        <form action={statusAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="disabled" value={user.disabled ? 'false' : 'true'} />
          {user.disabled ? 'Disabled ' : 'Active '}
          <button
            type="submit"
            disabled={statusPending}
            className="ml-2 rounded-md border border-slate-400 bg-white px-2 py-1"
          >
            {user.disabled ? 'Enable' : 'Disable'}
            <span className="sr-only"> {user.name}</span>
          </button>
        </form>
      </td>
    </tr>
  )
}

export function NewUserForm({ action }: { action: CreateAction }) {
  const [result, formAction, pending] = useActionState(action, null)
  const errors = result && !result.ok ? result.fieldErrors : undefined
  const field = (name: string, label: string, type = 'text', autoComplete = 'off') => (
    <div>
      <label htmlFor={`new-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={`new-${name}`}
        name={name}
        type={type}
        autoComplete={autoComplete}
        aria-invalid={errors?.[name] ? true : undefined}
        aria-describedby={errors?.[name] ? `new-${name}-error` : undefined}
        className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-sm"
      />
      {errors?.[name] && (
        <p id={`new-${name}-error`} className="mt-1 text-sm font-medium text-red-800">
          {errors[name].join(' ')}
        </p>
      )}
    </div>
  )
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-lg font-semibold">Create an account</h2>
      <ResultMessage
        result={result && (result.ok || !errors) ? result : null}
        success={
          result?.ok
            ? `Account ${result.data.email} created. Give them the password through a safe channel.`
            : undefined
        }
      />
      <div className="grid gap-3 sm:grid-cols-2">
        {field('name', 'Name')}
        {field('email', 'Email', 'email')}
        {field('password', 'Initial password (at least 12 characters)', 'password', 'new-password')}
        <div>
          <label htmlFor="new-role" className="block text-sm font-medium">
            Role
          </label>
          <select
            id="new-role"
            name="role"
            defaultValue="editor"
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {roleLabels[role]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white"
      >
        Create account
      </button>
    </form>
  )
}
