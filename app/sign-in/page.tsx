import { redirect } from 'next/navigation'
import { z } from 'zod'
import { PageHeader } from '@/components/ui/page-header'
import { SignInForm } from '@/components/auth/sign-in-form'
import { getCurrentUser } from '@/lib/auth/session'

export const metadata = { title: 'Sign in' }

// Only local paths: ?next=https://evil.example must not become an open redirect.
const nextSchema = z
  .string()
  .regex(/^\/(?!\/)[^\s\\]*$/)
  .max(500)
  .catch('/signed-in')

type Props = { searchParams: Promise<{ next?: string | string[] }> }

export default async function SignInPage({ searchParams }: Props) {
  const raw = (await searchParams).next
  const next = nextSchema.parse(Array.isArray(raw) ? raw[0] : (raw ?? '/signed-in'))
  if (await getCurrentUser()) redirect(next)
  return (
    <div className="mx-auto max-w-md">
      <PageHeader
        title="Sign in"
        lead="For curators, and for negotiators who keep draft clauses. Reading the law needs no account."
      />
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <SignInForm next={next} />
      </div>
    </div>
  )
}
