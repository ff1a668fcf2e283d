import type { ReactNode } from 'react'

/**
 * A comparison table that the page itself scrolls (no nested scroll box, issue 19): the header row
 * sticks to the top of the window and the first column to its left edge (position: sticky against
 * the page). On phones (compare.css) each row becomes a card and each cell shows its column's name
 * from `data-label`, so nothing scrolls sideways.
 */
export function CompareTable({
  id,
  caption,
  children,
  className = '',
}: {
  id: string
  caption: string
  children: ReactNode
  className?: string
}) {
  return (
    <div className={`compare-frame rounded-lg border border-slate-300 bg-white ${className}`}>
      <table id={id} className="compare-table w-full border-separate border-spacing-0 text-left text-sm">
        <caption id={`${id}-caption`} className="sr-only">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  )
}
