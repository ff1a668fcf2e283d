'use client'

import { useId, useRef, useState } from 'react'
import type { ActionResult } from '@/lib/actions/action-result'
import type { FieldSpec, RefList, RowColumn } from '@/lib/schemas/records/form-fields'
import { rowErrorOf } from '@/lib/schemas/records/rows'

type Values = Record<string, string>
type Row = { key: number; values: Values }
type Lookup = { state: 'checking' } | { state: 'found'; citation: string } | { state: 'missing'; message: string }
export type LookupProvision = (
  ref: string,
) => Promise<ActionResult<{ ok: true; citation: string } | { ok: false; message: string }>>

const control =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-700'

function defaultOf(column: RowColumn): string {
  if (column.kind !== 'select' || !column.options?.length) return ''
  return column.options.some((o) => o.value === 'UNKNOWN') ? 'UNKNOWN' : column.options[0].value
}

function rowOf(key: number, columns: RowColumn[], item?: Record<string, unknown>): Row {
  return {
    key,
    values: Object.fromEntries(
      columns.map((c) => [c.name, item?.[c.name] == null ? defaultOf(c) : String(item[c.name])]),
    ),
  }
}

/** A row nobody filled in (selects keep their default) is left out of what is saved. */
function isBlank(row: Row, columns: RowColumn[]) {
  return columns.every((c) => c.kind === 'select' || !row.values[c.name]?.trim())
}

/**
 * A list of records (an assessment's evidence and element results, a crosswalk's articles) edited
 * as rows: add and remove rows, a select for fixed values, provisions looked up as they are typed
 * ("<uri>#<eId>" → its citation, or why it was not found). The rows travel as one JSON list in a
 * hidden input, so the server reads the same value as from an import; errors that name an entry
 * ("entry 2, provision: …") are shown on that row's field.
 */
export function RowsField({
  field,
  initial,
  errors,
  refOptions,
  elementOptions,
  lookupProvision,
}: {
  field: FieldSpec
  initial: unknown
  errors?: string[]
  refOptions: Partial<Record<RefList, string[]>>
  elementOptions?: readonly { value: string; label: string }[]
  lookupProvision: LookupProvision
}) {
  const columns = field.columns ?? []
  const itemLabel = field.itemLabel ?? 'row'
  const ItemLabel = itemLabel.charAt(0).toUpperCase() + itemLabel.slice(1)
  const baseId = useId()
  const nextKey = useRef(0)
  const [rows, setRows] = useState<Row[]>(() =>
    (Array.isArray(initial) ? initial : []).map((item) => rowOf(nextKey.current++, columns, item)),
  )
  const [lookups, setLookups] = useState<Record<string, Lookup>>({})
  const [announcement, setAnnouncement] = useState('')
  const addButton = useRef<HTMLButtonElement>(null)

  const filled = rows.filter((row) => !isBlank(row, columns))
  const serialised = JSON.stringify(
    filled.map((row) =>
      Object.fromEntries(columns.map((c) => [c.name, row.values[c.name]?.trim() ? row.values[c.name].trim() : null])),
    ),
  )
  // Errors name entries of the saved list (blank rows left out): map them back to the rows shown.
  const cellErrors = new Map<string, string[]>()
  const listErrors: string[] = []
  for (const message of errors ?? []) {
    const at = rowErrorOf(message)
    const row = at ? filled[at.row] : undefined
    if (!at || !row) listErrors.push(message)
    else cellErrors.set(`${row.key}:${at.column}`, [...(cellErrors.get(`${row.key}:${at.column}`) ?? []), at.message])
  }

  function update(key: number, column: string, value: string) {
    setRows((current) => current.map((r) => (r.key === key ? { ...r, values: { ...r.values, [column]: value } } : r)))
  }

  function add() {
    const row = rowOf(nextKey.current++, columns)
    setRows((current) => [...current, row])
    setAnnouncement(`${ItemLabel} ${rows.length + 1} added.`)
    requestAnimationFrame(() => document.getElementById(`${baseId}-${row.key}-${columns[0]?.name}`)?.focus())
  }

  function remove(index: number, key: number) {
    setRows((current) => current.filter((r) => r.key !== key))
    setAnnouncement(`${ItemLabel} ${index + 1} removed.`)
    requestAnimationFrame(() => addButton.current?.focus())
  }

  async function check(key: number, column: string, value: string) {
    const ref = value.trim()
    const id = `${key}:${column}`
    if (!ref) {
      setLookups(({ [id]: _gone, ...rest }) => rest)
      return
    }
    setLookups((current) => ({ ...current, [id]: { state: 'checking' } }))
    const result = await lookupProvision(ref)
    const lookup: Lookup = !result.ok
      ? { state: 'missing', message: result.message }
      : result.data.ok
        ? { state: 'found', citation: result.data.citation }
        : { state: 'missing', message: result.data.message }
    setLookups((current) => ({ ...current, [id]: lookup }))
  }

  const helpId = `${baseId}-help`
  const errorId = `${baseId}-error`
  return (
    <fieldset
      className="sm:col-span-2"
      aria-describedby={
        [field.help ? helpId : null, listErrors.length ? errorId : null].filter(Boolean).join(' ') || undefined
      }
    >
      <legend className="block text-sm font-medium text-slate-900">{field.label}</legend>
      {field.help && (
        <p id={helpId} className="mt-1 text-xs text-slate-600">
          {field.help}
        </p>
      )}
      <input type="hidden" name={field.name} value={serialised} />
      {rows.length === 0 && <p className="mt-2 text-sm text-slate-700">None yet.</p>}
      <ol className="mt-2 space-y-3">
        {rows.map((row, index) => (
          <li key={row.key}>
            <fieldset className="rounded-md border border-slate-300 bg-slate-50 p-3">
              <legend className="px-1 text-sm font-semibold text-slate-900">
                {ItemLabel} {index + 1}
              </legend>
              <div className="grid gap-3 sm:grid-cols-3">
                {columns.map((column) => {
                  const id = `${baseId}-${row.key}-${column.name}`
                  const cellError = cellErrors.get(`${row.key}:${column.name}`)
                  const lookup = column.kind === 'provision' ? lookups[`${row.key}:${column.name}`] : undefined
                  const describedBy =
                    [
                      column.help ? `${id}-help` : null,
                      cellError ? `${id}-error` : null,
                      lookup ? `${id}-lookup` : null,
                    ]
                      .filter(Boolean)
                      .join(' ') || undefined
                  const common = {
                    id,
                    value: row.values[column.name] ?? '',
                    'aria-describedby': describedBy,
                    'aria-invalid': cellError || lookup?.state === 'missing' ? true : undefined,
                    className: control,
                  }
                  const options =
                    column.kind === 'select'
                      ? column.options
                      : column.kind === 'element' && elementOptions?.length
                        ? elementOptions
                        : undefined
                  const suggestions = column.ref ? refOptions[column.ref] : undefined
                  return (
                    <div key={column.name} className={column.kind === 'provision' ? 'sm:col-span-2' : undefined}>
                      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
                        {column.label}
                        {column.required && <span className="text-red-800"> (required)</span>}
                      </label>
                      {options ? (
                        <select {...common} onChange={(e) => update(row.key, column.name, e.target.value)}>
                          {(!column.required || column.kind === 'element') && <option value="">—</option>}
                          {options.map((o) => (
                            <option key={o.value} value={o.value}>
                              {o.label}
                            </option>
                          ))}
                          {row.values[column.name] && !options.some((o) => o.value === row.values[column.name]) && (
                            <option value={row.values[column.name]}>{row.values[column.name]}</option>
                          )}
                        </select>
                      ) : (
                        <input
                          {...common}
                          type="text"
                          autoComplete="off"
                          list={suggestions?.length ? `${baseId}-${column.ref}-options` : undefined}
                          className={`${control} ${column.kind === 'provision' ? 'font-mono' : ''}`}
                          onChange={(e) => update(row.key, column.name, e.target.value)}
                          onBlur={
                            column.kind === 'provision'
                              ? (e) => void check(row.key, column.name, e.target.value)
                              : undefined
                          }
                        />
                      )}
                      {column.help && (
                        <p id={`${id}-help`} className="mt-1 text-xs text-slate-600">
                          {column.help}
                        </p>
                      )}
                      {column.kind === 'provision' && (
                        // Always there (one line reserved), so a lookup starting on blur does not move
                        // the button being clicked.
                        <p
                          id={`${id}-lookup`}
                          aria-live="polite"
                          className={`mt-1 min-h-5 text-sm ${lookup?.state === 'missing' ? 'font-medium text-red-800' : 'text-emerald-800'}`}
                        >
                          {!lookup
                            ? ''
                            : lookup.state === 'checking'
                              ? 'Looking it up…'
                              : lookup.state === 'found'
                                ? `Found: ${lookup.citation}`
                                : lookup.message}
                        </p>
                      )}
                      {cellError && (
                        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
                          {cellError.join(' ')}
                        </p>
                      )}
                    </div>
                  )
                })}
              </div>
              <button
                type="button"
                onClick={() => remove(index, row.key)}
                className="mt-3 rounded-md border border-red-800 bg-white px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50"
              >
                Remove {itemLabel} {index + 1}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      {columns
        .filter((c) => c.ref && refOptions[c.ref]?.length)
        .map((c) => (
          <datalist key={c.name} id={`${baseId}-${c.ref}-options`}>
            {refOptions[c.ref!]!.map((option) => (
              <option key={option} value={option} />
            ))}
          </datalist>
        ))}
      <button
        ref={addButton}
        type="button"
        onClick={add}
        className="mt-3 rounded-md border border-brand-700 bg-white px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50"
      >
        Add {/^[aeiou]/i.test(itemLabel) ? 'an' : 'a'} {itemLabel}
      </button>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {listErrors.length > 0 && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {listErrors.join(' ')}
        </p>
      )}
    </fieldset>
  )
}
