import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import Link from 'next/link'
import { getCurrentUser } from '@/lib/auth/session'
import { can, roleLabels } from '@/lib/auth/permissions'

export const metadata: Metadata = {
  title: { default: 'Curation', template: '%s · Curation · LexBridge' },
  robots: { index: false },
}

/**
 * Admin navigation. The layout only shapes the page: every admin page checks the permission
 * it needs itself (requirePageUser), and every action checks again on the server.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser()
  const links = [
    { href: '/admin', label: 'Records', show: true },
    { href: '/admin/review', label: 'Review queue', show: true },
    { href: '/admin/audit', label: 'Audit log', show: can(user?.role, 'audit:read') },
    { href: '/admin/import', label: 'Import', show: true },
    { href: '/admin/export', label: 'Export', show: can(user?.role, 'export:run') },
    { href: '/admin/users', label: 'Users', show: can(user?.role, 'user:manage') },
  ]
  return (
    <div>
      {user && can(user.role, 'curation:read') && (
        <nav
          aria-label="Curation"
          className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-4 py-2"
        >
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium">
            {links
              .filter((l) => l.show)
              .map((link) => (
                <li key={link.href}>
                  <Link href={link.href}>{link.label}</Link>
                </li>
              ))}
          </ul>
          <p className="text-sm text-slate-700">
            Signed in as {user.name} · <span className="font-medium">{roleLabels[user.role]}</span>
          </p>
        </nav>
      )}
      {children}
    </div>
  )
}
