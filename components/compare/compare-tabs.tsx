import Link from 'next/link'
import { compareHref } from '@/lib/domain/links'
import { compareSearchParams } from '@/lib/schemas/compare'

const tabs = [
  { path: '' as const, label: 'Provisions' },
  { path: '/definitions' as const, label: 'Definitions' },
  { path: '/ages' as const, label: 'Age benchmarks' },
  { path: '/diff' as const, label: 'Text diff' },
]

/** The four comparison views; switching keeps the chosen jurisdictions (and column). */
export function CompareTabs({
  current,
  jurisdictions,
  column,
}: {
  current: (typeof tabs)[number]['path']
  jurisdictions: string[]
  column?: string
}) {
  return (
    <nav aria-label="Comparison views" className="no-print mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1 text-sm">
        {tabs.map((tab) => {
          const params = compareSearchParams({
            jurisdictions,
            column: tab.path === '/ages' || tab.path === '/diff' ? undefined : column,
          })
          const active = tab.path === current
          return (
            <li key={tab.path}>
              <Link
                href={compareHref(tab.path, params)}
                aria-current={active ? 'page' : undefined}
                className={`inline-block rounded-t-md border px-3 py-2 no-underline hover:underline ${active ? 'border-slate-200 border-b-white bg-white font-semibold text-slate-900' : 'border-transparent text-brand-700'}`}
              >
                {tab.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
