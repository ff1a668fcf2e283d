import Link from 'next/link'
import { siteSections } from '@/lib/domain/site-sections'
import { MainNav } from './main-nav'
import { UserMenu } from './user-menu'

export function SiteHeader() {
  return (
    <header role="banner" className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 pt-3 pb-2">
        <Link href="/" className="mr-auto text-lg font-bold text-brand-800 no-underline hover:no-underline">
          Lex<span className="text-brand-600">Bridge</span>
          <span className="ml-2 hidden text-sm font-normal text-slate-600 sm:inline">
            child online protection law, compared
          </span>
        </Link>
        <form
          action="/search"
          method="get"
          role="search"
          className="order-last flex w-full gap-2 sm:order-none sm:w-auto"
        >
          <label htmlFor="site-search" className="sr-only">
            Search the law
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="Search provisions, e.g. grooming"
            className="min-w-0 flex-1 rounded-md border border-slate-400 px-3 py-1.5 text-sm sm:w-56 sm:flex-none"
          />
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
          >
            Search
          </button>
        </form>
        <UserMenu />
      </div>
      <MainNav items={siteSections} />
    </header>
  )
}
