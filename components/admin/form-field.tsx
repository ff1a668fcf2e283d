import { isRecordList } from '@/lib/schemas/fields'
import type { FieldSpec } from '@/lib/schemas/records/form-fields'

/**
 * One labelled form control with its help text and errors tied to it (aria-describedby), so a
 * screen reader announces why a field was refused. Renders every FieldSpec kind.
 */
const control =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-700'

export function FormField({
  field,
  value,
  errors,
  suggestions,
}: {
  field: FieldSpec
  value: string
  errors?: string[]
  suggestions?: string[]
}) {
  const id = `field-${field.name}`
  const describedBy =
    [field.help ? `${id}-help` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined
  const common = {
    id,
    name: field.name,
    defaultValue: value,
    'aria-describedby': describedBy,
    'aria-invalid': errors?.length ? true : undefined,
    required: field.required,
    className: control,
  }
  return (
    <div className={field.long || field.kind === 'json' ? 'sm:col-span-2' : undefined}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {field.label}
        {field.required && <span className="text-red-800"> (required)</span>}
      </label>
      {field.kind === 'select' ? (
        <select {...common}>
          {!field.required && <option value="">—</option>}
          {field.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : field.kind === 'textarea' || field.kind === 'json' ? (
        <textarea
          {...common}
          rows={field.long ? 10 : field.kind === 'json' ? 5 : 3}
          className={`${control} ${field.long ? 'law-text' : ''} ${field.kind === 'json' ? 'font-mono' : ''}`}
        />
      ) : (
        <input
          {...common}
          type={
            field.kind === 'date' ? 'date' : field.kind === 'number' ? 'number' : field.kind === 'url' ? 'url' : 'text'
          }
          list={suggestions?.length ? `${id}-options` : undefined}
          inputMode={field.kind === 'number' ? 'numeric' : undefined}
          autoComplete="off"
        />
      )}
      {suggestions?.length ? (
        <datalist id={`${id}-options`}>
          {suggestions.map((option) => (
            <option key={option} value={option} />
          ))}
        </datalist>
      ) : null}
      {field.help && (
        <p id={`${id}-help`} className="mt-1 text-xs text-slate-600">
          {field.help}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  )
}

/** A stored value as the text a form control shows. */
export function formValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  // A list of records (an assessment's evidence) is edited as JSON; a list of words as "a; b".
  if (Array.isArray(value)) return isRecordList(value) ? JSON.stringify(value, null, 2) : value.join('; ')
  if (typeof value === 'object') return Object.keys(value).length ? JSON.stringify(value, null, 2) : ''
  return String(value)
}
