'use client'

import { useRef, type ReactNode } from 'react'

/**
 * One "compare by" choice: a radio and its select. Choosing from the select also ticks the radio
 * (a convenience when JavaScript runs; without it the radio is ticked by hand).
 */
export function ByOption({
  value,
  label,
  checked,
  hint,
  children,
}: {
  value: string
  label: string
  checked: boolean
  hint: string
  children: ReactNode
}) {
  const radio = useRef<HTMLInputElement>(null)
  const id = `by-${value}`
  return (
    <div
      className="rounded-md border border-slate-200 p-3 has-[input:checked]:border-brand-600 has-[input:checked]:bg-brand-50"
      onChange={(event) => {
        if (event.target instanceof HTMLSelectElement && radio.current) radio.current.checked = true
      }}
    >
      <div className="flex items-center gap-2">
        <input
          ref={radio}
          type="radio"
          id={id}
          name="by"
          value={value}
          defaultChecked={checked}
          className="size-4 accent-brand-700"
          aria-describedby={`${id}-hint`}
        />
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
      </div>
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-700">
        {hint}
      </p>
      {children}
    </div>
  )
}
