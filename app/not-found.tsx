import Link from 'next/link'

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">We could not find that page</h1>
      <p className="mt-3 text-slate-700">
        The jurisdiction, instrument or page you asked for is not in LexBridge, or its address has changed.
        Jurisdictions are addressed by ISO code (for example <code>/jurisdictions/DE</code>) and instruments by their
        work URI (for example <code>/instruments/akn/gb/act/2023/50</code>).
      </p>
      <ul className="mt-4 list-disc space-y-1 pl-6">
        <li>
          <Link href="/jurisdictions">Browse all jurisdictions</Link>
        </li>
        <li>
          <Link href="/search">Search provisions and definitions</Link>
        </li>
        <li>
          <Link href="/">Go to the start page</Link>
        </li>
      </ul>
    </div>
  )
}
