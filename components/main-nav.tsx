'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

type NavItem = { href: string; label: string }

/**
 * The main navigation: a row of links from small tablets up, a "Menu" disclosure on phones (a
 * native <details>, so it works before JavaScript and with the keyboard). The current section is
 * marked with aria-current and shown in bold.
 */
export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname()
  const current = items.find((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))?.href
  const links = (className: string) => (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={item.href === current ? 'page' : undefined}
            className="text-slate-700 no-underline hover:text-brand-700 hover:underline aria-[current=page]:font-semibold aria-[current=page]:text-brand-800"
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  )
  return (
    <nav aria-label="Main" className="mx-auto max-w-7xl px-4 pb-2">
      {/* Remounted on navigation, so the phone menu closes once a link is followed. */}
      <details key={pathname} className="sm:hidden">
        <summary className="cursor-pointer py-1 text-sm font-medium text-slate-800">
          Menu
          {current && (
            <span className="font-normal text-slate-700"> · {items.find((i) => i.href === current)!.label}</span>
          )}
        </summary>
        {links('grid grid-cols-2 gap-x-4 gap-y-2 py-2 text-sm')}
      </details>
      {links('hidden flex-wrap gap-x-5 gap-y-1 text-sm sm:flex')}
    </nav>
  )
}
