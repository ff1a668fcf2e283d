import { ZodError } from 'zod'
import { isAppError } from '@/lib/errors/app-error'
import { GENERIC_ERROR } from '@/lib/actions/action-result'

/** Route handlers' error responses: AppError → its status (one mapping, in app-error.ts); anything else → 500 with a generic message. */
export function errorResponse(error: unknown): Response {
  if (isAppError(error))
    return Response.json(
      { error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } },
      { status: error.status, headers: { 'Cache-Control': 'no-store' } },
    )
  if (error instanceof ZodError)
    return Response.json(
      { error: { code: 'BAD_REQUEST', message: 'The request was not valid.' } },
      { status: 400, headers: { 'Cache-Control': 'no-store' } },
    )
  console.error('[api] unexpected error', error)
  return Response.json(
    { error: { code: 'INTERNAL', message: GENERIC_ERROR } },
    { status: 500, headers: { 'Cache-Control': 'no-store' } },
  )
}
