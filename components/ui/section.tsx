import type { ReactNode } from 'react'

/** A titled page section that says so plainly when it has nothing to show. */
export function Section({
  id,
  title,
  count,
  empty,
  children,
  actions,
}: {
  id: string
  title: string
  count?: number
  empty?: string
  children?: ReactNode
  actions?: ReactNode
}) {
  const isEmpty = count === 0
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10">
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 pb-2">
        <h2 id={`${id}-heading`} className="text-xl font-semibold">
          {title}
          {count !== undefined && <span className="ml-1 text-base font-normal text-slate-600"> ({count})</span>}
        </h2>
        {actions}
      </div>
      {isEmpty ? (
        <p className="mt-3 rounded-md border border-dashed border-slate-300 bg-white p-4 text-slate-700">
          {empty ?? 'Nothing recorded yet.'}
        </p>
      ) : (
        <div className="mt-3">{children}</div>
      )}
    </section>
  )
}
