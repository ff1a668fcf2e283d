import Link from 'next/link'
import { signInHref } from '@/lib/domain/links'

/** Shown instead of a drafts page to someone who is not signed in: drafts belong to their author. */
export function SignInPrompt({ returnTo }: { returnTo: string }) {
  return (
    <div className="max-w-2xl rounded-lg border border-slate-200 bg-white p-6">
      <h2 className="text-xl font-semibold">Sign in to use the negotiator workspace</h2>
      <p className="mt-2 text-slate-700">
        Drafts are private to their author and the colleagues they share them with, so you need to be signed in.
        Ratification readiness and crosswalks are public.
      </p>
      <p className="mt-4 flex flex-wrap gap-4">
        <Link
          href={signInHref(returnTo)}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:no-underline"
        >
          Sign in
        </Link>
        <Link href="/readiness">Check ratification readiness</Link>
      </p>
    </div>
  )
}
