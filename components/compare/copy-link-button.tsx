'use client'

import { useState } from 'react'

/** Copies the address of the page: the whole comparison is in it, so the link reopens the same view. */
export function CopyLinkButton() {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  return (
    <span className="no-print inline-flex items-center gap-2">
      <button
        type="button"
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:border-brand-600"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(window.location.href)
            setState('copied')
          } catch {
            setState('failed')
          }
        }}
      >
        Copy link to this comparison
      </button>
      <span role="status" className="text-xs text-slate-700">
        {state === 'copied' ? 'Link copied' : state === 'failed' ? 'Could not copy; use the address bar' : ''}
      </span>
    </span>
  )
}
