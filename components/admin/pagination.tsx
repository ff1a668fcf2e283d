import Link from 'next/link'

/** Previous / next links that keep the other URL parameters (filters live in the URL). */
export function Pagination({
  total,
  page,
  pageSize,
  base,
  params,
}: {
  total: number
  page: number
  pageSize: number
  base: string
  params: Record<string, string | undefined>
}) {
  const pages = Math.ceil(total / pageSize)
  if (pages <= 1) return null
  const href = (p: number) => {
    const search = new URLSearchParams(
      Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => Boolean(e[1])),
    )
    return `${base}?${search}`
  }
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 && <Link href={href(page - 1)}>← Previous</Link>}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages && <Link href={href(page + 1)}>Next →</Link>}
    </nav>
  )
}
