'use client'

import Link from 'next/link'
import { useActionState } from 'react'
import type { ActionResult } from '@/lib/actions/action-result'
import { ResultMessage } from '@/components/admin/result-message'

type Action = (
  previous: ActionResult<{ email: string }> | null,
  formData: FormData,
) => Promise<ActionResult<{ email: string }>>

export function SetupForm({ action, token }: { action: Action; token: string }) {
  const [result, formAction, pending] = useActionState(action, null)
  if (result?.ok) {
    return (
      <p role="status">
        Admin account {result.data.email} created.{' '}
        <Link href="/sign-in?next=/admin" className="underline">
          Sign in
        </Link>
        .
      </p>
    )
  }
  const errors = result && !result.ok ? result.fieldErrors : undefined
  const input = (name: string, label: string, type: string, autoComplete: string) => (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required
        aria-invalid={errors?.[name] ? true : undefined}
        aria-describedby={errors?.[name] ? `${name}-error` : undefined}
        className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
      />
      {errors?.[name] && (
        <p id={`${name}-error`} className="mt-1 text-sm font-medium text-red-800">
          {errors[name].join(' ')}
        </p>
      )}
    </div>
  )
  return (
    <form action={formAction} className="space-y-4">
      {result && !result.ok && !errors && <ResultMessage result={result} />}
      <input type="hidden" name="token" value={token} />
      {input('name', 'Your name', 'text', 'name')}
      {input('email', 'Email', 'email', 'username')}
      {input('password', 'Password (at least 12 characters)', 'password', 'new-password')}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2 font-medium text-white"
      >
        Create admin account
      </button>
    </form>
  )
}
