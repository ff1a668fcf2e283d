/** Link to an official source, opened in a new tab and said so. */
export function SourceLink({ href, label = 'Official source' }: { href: string; label?: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {label}
      <span className="sr-only"> (opens in a new tab)</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  )
}
