'use client'

import { createContext, useContext } from 'react'

/** Field errors of the enclosing ActionForm, so fields rendered as its children can show theirs. */
export const FormErrorsContext = createContext<{ formId: string; errors: Record<string, string[] | undefined> }>({
  formId: '',
  errors: {},
})
export const useFieldError = (name: string) => {
  const { formId, errors } = useContext(FormErrorsContext)
  const message = errors[name]?.[0]
  return {
    message,
    id: `${formId}-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`,
    errorId: message ? `${formId}-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}-error` : undefined,
  }
}
