import Link from 'next/link'
import { UserMenu } from './user-menu'

const nav = [
  { href: '/jurisdictions', label: 'Jurisdictions' },
  { href: '/instruments', label: 'Instruments' },
  { href: '/search', label: 'Search' },
  { href: '/compare', label: 'Compare' },
  { href: '/gaps', label: 'Gaps' },
  { href: '/treaties', label: 'Treaties' },
  { href: '/ages', label: 'Ages' },
  { href: '/readiness', label: 'Readiness' },
  { href: '/drafts', label: 'Drafts' },
  { href: '/about/data', label: 'About the data' },
]

export function SiteHeader() {
  return (
    <header role="banner" className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 pt-3 pb-2">
        <Link href="/" className="mr-auto text-lg font-bold text-brand-800 no-underline hover:no-underline">
          Lex<span className="text-brand-600">Bridge</span>
          <span className="ml-2 hidden text-sm font-normal text-slate-600 sm:inline">child online protection law, compared</span>
        </Link>
        <form action="/search" method="get" role="search" className="flex gap-2">
          <label htmlFor="site-search" className="sr-only">
            Search the law
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="Search provisions, e.g. grooming"
            className="w-56 rounded-md border border-slate-400 px-3 py-1.5 text-sm"
          />
          <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
            Search
          </button>
        </form>
        <UserMenu />
      </div>
      <nav aria-label="Main" className="mx-auto max-w-7xl px-4 pb-2">
        <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
          {nav.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="text-slate-700 no-underline hover:text-brand-700 hover:underline">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
