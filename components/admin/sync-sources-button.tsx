'use client'

import { useState, useTransition } from 'react'
import type { ActionResult } from '@/lib/actions/action-result'

type Summary = {
  checked: number
  imported: number
  unchanged: number
  notModified: number
  failed: { instrument: string; message: string }[]
}

/** Runs the sync (a server action passed in by the page) and says what it did. */
export function SyncSourcesButton({ sync }: { sync: () => Promise<ActionResult<Summary>> }) {
  const [pending, start] = useTransition()
  const [result, setResult] = useState<ActionResult<Summary> | null>(null)
  return (
    <div>
      <button
        type="button"
        disabled={pending}
        onClick={() => start(async () => setResult(await sync()))}
        className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
      >
        {pending ? 'Checking the publishers…' : 'Check for new official texts now'}
      </button>
      <div aria-live="polite" className="mt-3 text-sm">
        {result && !result.ok && (
          <p role="alert" className="rounded-md border border-red-700/40 bg-red-50 p-3 text-red-900">
            {result.message}
          </p>
        )}
        {result?.ok && (
          <div role="status" className="rounded-md border border-slate-300 bg-white p-3">
            <p>
              {result.data.checked} checked: {result.data.imported} imported, {result.data.unchanged} unchanged,{' '}
              {result.data.notModified} not modified, {result.data.failed.length} failed.
            </p>
            {result.data.failed.length > 0 && (
              <ul className="mt-1 list-disc pl-5 text-red-900">
                {result.data.failed.map((f) => (
                  <li key={f.instrument}>
                    {f.instrument}: {f.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </div>
  )
}
