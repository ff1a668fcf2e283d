import type { ReactNode } from 'react'

/**
 * A wide table in a scrolling, keyboard-focusable region: on narrow screens the columns scroll
 * sideways while the header row and the first column stay put (position: sticky inside the region).
 */
export function ScrollTable({
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
    <div
      role="region"
      aria-labelledby={`${id}-caption`}
      tabIndex={0}
      className={`compare-scroll relative max-h-[75vh] overflow-auto rounded-lg border border-slate-300 bg-white ${className}`}
    >
      <table id={id} className="compare-table w-full border-separate border-spacing-0 text-left text-sm">
        <caption id={`${id}-caption`} className="sr-only">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  )
}
