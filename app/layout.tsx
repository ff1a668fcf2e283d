import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import Link from 'next/link'
import { SiteHeader } from '@/components/site-header'
import './globals.css'

// Every page reads the live database; nothing is prerendered at build time.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: { default: 'LexBridge — child online protection law compared', template: '%s · LexBridge' },
  description:
    'A comparative database of the laws that protect children online: provisions, definitions, ages, treaties and gaps against baseline standards.',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-8">
          {children}
        </main>
        <footer role="contentinfo" className="border-t border-slate-200 bg-white">
          <div className="mx-auto flex max-w-7xl flex-wrap justify-between gap-2 px-4 py-4 text-sm text-slate-600">
            <p>LexBridge summarises and quotes public law. Always check the official source before relying on it.</p>
            <p>
              <Link href="/about/data">Sources, coverage and verification</Link>
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}
