'use client'

import { useRef, useState, type FormEvent } from 'react'
import { useRouter } from 'next/navigation'
import { authClient } from '@/lib/auth/auth-client'
import { signInSchema } from '@/lib/schemas/sign-in'
import { fieldErrorsOf } from '@/lib/schemas/records'

/**
 * Email + password sign-in through Better Auth's endpoint, so its rate limit applies. The same
 * zod schema checks the fields first; the server never says which of email or password was wrong.
 */
export function SignInForm({ next }: { next: string }) {
  const router = useRouter()
  const [errors, setErrors] = useState<Record<string, string[]>>({})
  const [message, setMessage] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const alertRef = useRef<HTMLParagraphElement>(null)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const parsed = signInSchema.safeParse(Object.fromEntries(new FormData(event.currentTarget)))
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error))
      setMessage(null)
      return
    }
    setErrors({})
    setPending(true)
    const { error } = await authClient.signIn.email({ email: parsed.data.email, password: parsed.data.password })
    setPending(false)
    if (error) {
      setMessage(
        error.status === 429
          ? error.message?.startsWith('Too many failed sign-ins for this account')
            ? error.message
            : 'Too many sign-in attempts. Wait a minute, then try again.'
          : error.status === 403
            ? (error.message ?? 'This account is disabled.')
            : 'Email or password is not right.',
      )
      requestAnimationFrame(() => alertRef.current?.focus())
      return
    }
    router.replace(next)
    router.refresh()
  }

  const field = (name: 'email' | 'password', label: string, type: string, autoComplete: string) => (
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
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${name}-error` : undefined}
        className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
      />
      {errors[name] && (
        <p id={`${name}-error`} className="mt-1 text-sm font-medium text-red-800">
          {errors[name].join(' ')}
        </p>
      )}
    </div>
  )

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {message && (
        <p
          ref={alertRef}
          tabIndex={-1}
          role="alert"
          className="rounded-md border border-red-700/40 bg-red-50 p-3 text-sm text-red-900"
        >
          {message}
        </p>
      )}
      {field('email', 'Email', 'email', 'username')}
      {field('password', 'Password', 'password', 'current-password')}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  )
}
