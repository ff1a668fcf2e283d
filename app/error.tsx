'use client'

import Link from 'next/link'

/** Shown when a page fails unexpectedly. Never shows the error itself (it may hold internals). */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-2xl" role="alert">
      <h1 className="text-3xl font-bold">Something went wrong on our side</h1>
      <p className="mt-3 text-slate-700">
        This page could not be shown. Your data and links are safe. Try again, or come back in a moment.
        {error.digest && (
          <>
            {' '}
            If it keeps happening, tell the maintainers this reference: <code>{error.digest}</code>.
          </>
        )}
      </p>
      <div className="mt-4 flex gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          Try again
        </button>
        <Link href="/" className="px-2 py-2">
          Start page
        </Link>
      </div>
    </div>
  )
}
