import Link from 'next/link'
import type { ReactNode } from 'react'

export function PageHeader({
  title,
  lead,
  crumbs,
  children,
}: {
  title: ReactNode
  lead?: ReactNode
  crumbs?: { href: string; label: string }[]
  children?: ReactNode
}) {
  return (
    <div className="mb-6">
      {crumbs && crumbs.length > 0 && (
        <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-600">
          <ol className="flex flex-wrap gap-1">
            {crumbs.map((crumb) => (
              <li key={crumb.href} className="after:ml-1 after:content-['/'] last:after:content-['']">
                <Link href={crumb.href}>{crumb.label}</Link>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      {lead && <p className="mt-2 max-w-3xl text-lg text-slate-700">{lead}</p>}
      {children}
    </div>
  )
}
