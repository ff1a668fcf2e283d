'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState, useTransition } from 'react'
import { searchHref, type SearchParams } from '@/lib/schemas/search'

/**
 * The search field: results follow as you type (300 ms after the last key, replacing the
 * history entry), Enter searches at once (a new history entry). Without JavaScript it is a plain
 * GET form. "/" anywhere on the page puts the cursor here.
 */
const DEBOUNCE_MS = 300

export function SearchBox({ params, scopeLabel }: { params: Partial<SearchParams>; scopeLabel?: string }) {
  const router = useRouter()
  const input = useRef<HTMLInputElement>(null)
  const [value, setValue] = useState(params.q ?? '')
  const [pending, startTransition] = useTransition()
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const { q: _q, page: _page, ...kept } = params

  // A link (correction, suggestion, header search) changed the query: show it, unless the
  // researcher is typing here.
  useEffect(() => {
    if (document.activeElement !== input.current) setValue(params.q ?? '')
  }, [params.q])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement
      if (event.key !== '/' || event.metaKey || event.ctrlKey || event.altKey) return
      if (target.closest('input, textarea, select, [contenteditable="true"]')) return
      event.preventDefault()
      input.current?.focus()
      input.current?.select()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  useEffect(() => () => clearTimeout(timer.current), [])

  const go = (q: string, mode: 'replace' | 'push') => {
    const href = searchHref({ ...kept, q: q.trim() })
    startTransition(() =>
      mode === 'push' ? router.push(href, { scroll: false }) : router.replace(href, { scroll: false }),
    )
  }

  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label="Search the law"
      className="mt-4 max-w-3xl"
      onSubmit={(event) => {
        event.preventDefault()
        clearTimeout(timer.current)
        go(value, 'push')
      }}
    >
      <label htmlFor="search-q" className="block font-medium">
        {scopeLabel ? `Search within ${scopeLabel}` : 'Search provisions, definitions, instruments and jurisdictions'}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          ref={input}
          id="search-q"
          name="q"
          type="search"
          value={value}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="search-help"
          placeholder="e.g. grooming, possession, age verification"
          className="w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-lg"
          onChange={(event) => {
            const next = event.target.value
            setValue(next)
            clearTimeout(timer.current)
            // One letter finds too much to be useful; wait for a second.
            if (next.trim().length === 1) return
            timer.current = setTimeout(() => go(next, 'replace'), DEBOUNCE_MS)
          }}
        />
        {Object.entries(kept).map(([key, v]) =>
          v === undefined || v === '' ? null : <input key={key} type="hidden" name={key} value={String(v)} />,
        )}
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Search
        </button>
      </div>
      <p id="search-help" className="mt-1 text-sm text-slate-600">
        Results update as you type. Use quotes for a phrase,{' '}
        <kbd className="rounded border border-slate-300 px-1">-word</kbd> to leave a word out,{' '}
        <kbd className="rounded border border-slate-300 px-1">or</kbd> for either word. Press{' '}
        <kbd className="rounded border border-slate-300 px-1">/</kbd> to come back here.
      </p>
      <p className="sr-only" role="status" aria-live="polite">
        {pending ? 'Searching…' : ''}
      </p>
    </form>
  )
}
