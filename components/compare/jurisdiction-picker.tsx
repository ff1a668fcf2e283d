'use client'

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import {
  matchPickerOptions,
  type PickerGroup,
  type PickerJurisdiction,
  type PickerOption,
} from '@/lib/domain/picker-options'

/**
 * Chooses jurisdictions for a plain GET form (one hidden `name` input per chosen code, so the choice
 * ends up in the URL). Without JavaScript it is a list of checkboxes; with it, a WAI-ARIA combobox:
 * type a name, a code, an organisation or a region, arrows move, Enter adds (a group adds all its
 * members), Backspace on an empty field removes the last chip, Enter on an empty field submits.
 * `groupMembers: 'with-law'` adds only members with recorded law (a comparison shows few columns).
 */
export function JurisdictionPicker({
  jurisdictions,
  selected,
  groups = [],
  max,
  min,
  name = 'j',
  label = 'Jurisdictions',
  groupMembers = 'all',
}: {
  jurisdictions: PickerJurisdiction[]
  selected: string[]
  groups?: PickerGroup[]
  max?: number
  min?: number
  name?: string
  label?: string
  groupMembers?: 'all' | 'with-law'
}) {
  const [enhanced, setEnhanced] = useState(false)
  useEffect(() => setEnhanced(true), [])
  const range = min && max ? `choose ${min} to ${max}` : max ? `up to ${max}` : min ? `at least ${min}` : 'any number'
  return enhanced ? (
    <Combobox
      jurisdictions={jurisdictions}
      initial={selected}
      groups={groups}
      max={max}
      name={name}
      label={label}
      range={range}
      groupMembers={groupMembers}
    />
  ) : (
    <CheckboxList jurisdictions={jurisdictions} selected={selected} name={name} label={label} range={range} />
  )
}

function Combobox({
  jurisdictions,
  initial,
  groups,
  max,
  name,
  label,
  range,
  groupMembers,
}: {
  jurisdictions: PickerJurisdiction[]
  initial: string[]
  groups: PickerGroup[]
  max?: number
  name: string
  label: string
  range: string
  groupMembers: 'all' | 'with-law'
}) {
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [chosen, setChosen] = useState<string[]>(initial)
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const [message, setMessage] = useState('')
  const byCode = useMemo(() => new Map(jurisdictions.map((j) => [j.code, j])), [jurisdictions])
  const results = useMemo(
    () => matchPickerOptions({ text, jurisdictions, groups, chosen, groupMembers }),
    [text, jurisdictions, groups, chosen, groupMembers],
  )
  const nameOf = (code: string) => byCode.get(code)?.name ?? code
  const listId = `${id}-list`
  const optionId = (index: number) => `${id}-option-${index}`
  const expanded = open && results.length > 0

  function choose(option: PickerOption) {
    const add = option.codes.filter((code) => !chosen.includes(code))
    const next = [...chosen, ...add]
    setChosen(next)
    setText('')
    setActive(0)
    setOpen(false)
    const what = option.kind === 'jurisdiction' ? `${option.label} added` : `${add.length} added from ${option.label}`
    setMessage(`${what}. ${next.length} chosen.`)
  }

  function remove(code: string, refocus = true) {
    const next = chosen.filter((c) => c !== code)
    setChosen(next)
    setMessage(`${nameOf(code)} removed. ${next.length} chosen.`)
    if (refocus) inputRef.current?.focus()
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = results.length
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      if (!open) setOpen(true)
      else if (count) setActive((active + 1) % count)
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      if (!open) setOpen(true)
      else if (count) setActive((active - 1 + count) % count)
    } else if (event.key === 'Enter') {
      // An open list takes Enter; otherwise it submits the form, as in any text field.
      if (expanded && results[active]) {
        event.preventDefault()
        choose(results[active])
      }
    } else if (event.key === 'Escape') {
      if (open) setOpen(false)
      else setText('')
    } else if (event.key === 'Backspace' && text === '' && chosen.length > 0) {
      remove(chosen[chosen.length - 1])
    }
  }

  const over = max !== undefined && chosen.length > max
  return (
    <div className="min-w-0" role="group" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-input`} className="text-sm font-semibold text-slate-900">
        {label}{' '}
        <span className="font-normal text-slate-700">
          ({range}; {chosen.length} chosen)
        </span>
      </label>
      {chosen.map((code) => (
        <input key={code} type="hidden" name={name} value={code} />
      ))}
      {chosen.length > 0 && (
        <ul aria-label="Chosen jurisdictions" className="mt-2 flex flex-wrap gap-2">
          {chosen.map((code) => (
            <li
              key={code}
              className="inline-flex items-center gap-1 rounded-full border border-slate-300 bg-slate-50 py-0.5 pl-3 pr-1 text-sm"
            >
              {nameOf(code)}
              <button
                type="button"
                onClick={() => remove(code)}
                aria-label={`Remove ${nameOf(code)}`}
                className="grid size-6 place-items-center rounded-full text-slate-700 hover:bg-slate-200 hover:text-slate-950"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="relative mt-2 max-w-xl">
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded ? optionId(active) : undefined}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          value={text}
          placeholder="Type a name, code, organisation or region"
          onChange={(event) => {
            setText(event.target.value)
            setActive(0)
            setOpen(event.target.value.trim() !== '')
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={`${label}: suggestions`}
          hidden={!expanded}
          className="absolute z-40 mt-1 max-h-80 w-full overflow-y-auto rounded-md border border-slate-300 bg-white py-1 text-sm shadow-lg"
        >
          {results.map((option, index) => (
            <li
              key={option.key}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
              onMouseMove={() => setActive(index)}
              className={`cursor-pointer px-3 py-1.5 ${index === active ? 'bg-brand-700 text-white' : 'text-slate-900'}`}
            >
              {option.label} <span className={index === active ? 'text-white' : 'text-slate-700'}>{option.detail}</span>
            </li>
          ))}
        </ul>
      </div>
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-700">
        Arrows move through the suggestions, Enter adds (an organisation or region adds its members), Backspace removes
        the last one, Enter on an empty field submits.
      </p>
      {over && (
        <p className="mt-1 text-sm font-medium text-amber-900">
          {chosen.length} chosen: at most {max} can be shown side by side. Remove {chosen.length - max!}.
        </p>
      )}
      <p aria-live="polite" className="sr-only">
        {message}
      </p>
    </div>
  )
}

/** The no-JavaScript picker: checkboxes, jurisdictions with recorded law first, the rest behind a disclosure. */
function CheckboxList({
  jurisdictions,
  selected,
  name,
  label,
  range,
}: {
  jurisdictions: PickerJurisdiction[]
  selected: string[]
  name: string
  label: string
  range: string
}) {
  const chosen = new Set(selected)
  const main = jurisdictions.filter((j) => j.hasData !== false || chosen.has(j.code))
  const others = jurisdictions.filter((j) => j.hasData === false && !chosen.has(j.code))
  return (
    <fieldset className="min-w-0">
      <legend className="text-sm font-semibold text-slate-900">
        {label}{' '}
        <span className="font-normal text-slate-700">
          ({range}; {selected.length} chosen)
        </span>
      </legend>
      {main.length === 0 && (
        <p className="mt-2 text-sm text-slate-700">
          No jurisdiction has recorded law yet; choose from the full list below.
        </p>
      )}
      <ul className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-4">
        {main.map((j) => (
          <Checkbox key={j.code} jurisdiction={j} name={name} checked={chosen.has(j.code)} />
        ))}
      </ul>
      {others.length > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-brand-700">
            Other jurisdictions, no law recorded yet ({others.length})
          </summary>
          <ul className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 rounded border border-slate-200 p-2 sm:grid-cols-2 lg:grid-cols-4">
            {others.map((j) => (
              <Checkbox key={j.code} jurisdiction={j} name={name} checked={false} />
            ))}
          </ul>
        </details>
      )}
    </fieldset>
  )
}

function Checkbox({
  jurisdiction,
  name,
  checked,
}: {
  jurisdiction: PickerJurisdiction
  name: string
  checked: boolean
}) {
  const id = `${name}-${jurisdiction.code}`
  return (
    <li className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        name={name}
        value={jurisdiction.code}
        defaultChecked={checked}
        className="mt-1 size-4 accent-brand-700"
      />
      <label htmlFor={id}>
        {jurisdiction.name} <span className="font-mono text-xs text-slate-600">{jurisdiction.code}</span>
      </label>
    </li>
  )
}
