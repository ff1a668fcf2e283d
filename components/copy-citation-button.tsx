'use client'

import { useState } from 'react'

/** Copies a provision's citation to the clipboard and says so for screen readers. */
export function CopyCitationButton({ citation }: { citation: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  return (
    <>
      <button
        type="button"
        className="no-print rounded border border-slate-300 bg-white px-2 py-0.5 text-xs text-slate-700 hover:border-brand-600"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(citation)
            setState('copied')
          } catch {
            setState('failed')
          }
        }}
      >
        Copy citation
      </button>
      <span role="status" className="text-xs text-slate-600">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Could not copy; select the citation instead' : ''}
      </span>
    </>
  )
}
