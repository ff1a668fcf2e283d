import Link from 'next/link'

/** The chosen jurisdictions as a list, each with a link that removes it (the URL without it). */
export function SelectedColumns({
  items,
  hrefWithout,
}: {
  items: { code: string; name: string }[]
  hrefWithout: (code: string) => string
}) {
  if (!items.length) return null
  return (
    <ul aria-label="Chosen jurisdictions" className="no-print mb-4 flex flex-wrap gap-2 text-sm">
      {items.map((item) => (
        <li
          key={item.code}
          className="inline-flex items-center gap-2 rounded-full border border-slate-300 bg-white py-1 pl-3 pr-1"
        >
          {item.name}
          <Link
            href={hrefWithout(item.code)}
            className="rounded-full px-2 no-underline hover:bg-slate-100"
            aria-label={`Remove ${item.name}`}
          >
            <span aria-hidden="true">×</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
