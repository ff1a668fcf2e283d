import { z } from 'zod'
import { db } from '@/lib/db'
import { PageHeader } from '@/components/ui/page-header'
import { SetupForm } from '@/components/auth/setup-form'
import { isSetupTokenValid } from '@/lib/data/setup-token'
import { completeSetupAction } from './actions'

export const metadata = { title: 'Create the first admin', robots: { index: false } }

type Props = { searchParams: Promise<{ token?: string | string[] }> }

export default async function SetupPage({ searchParams }: Props) {
  const raw = (await searchParams).token
  const token = z
    .string()
    .min(20)
    .max(200)
    .safeParse(Array.isArray(raw) ? raw[0] : raw)
  if (!token.success || !(await isSetupTokenValid(db, { token: token.data }))) {
    return (
      <div className="max-w-2xl">
        <PageHeader
          title="This setup link is not valid"
          lead="It was used already, it expired, or an admin exists. Restart LexBridge for a new link while no admin exists, or run npm run user:create -- --admin."
        />
      </div>
    )
  }
  return (
    <div className="mx-auto max-w-md">
      <PageHeader
        title="Create the first admin"
        lead="This link works once. Choose a password of at least 12 characters."
      />
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <SetupForm action={completeSetupAction} token={token.data} />
      </div>
    </div>
  )
}
