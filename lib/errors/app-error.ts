/**
 * The one error type for expected failures (bad input, no permission, stale edit …). Each code
 * maps to one HTTP status here, and nowhere else; unexpected errors are not AppErrors and are
 * shown as a generic message (see lib/actions/action-result.ts and lib/http/respond.ts).
 */
const appErrorStatus = {
  VALIDATION: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED: 415,
  RATE_LIMITED: 429,
  BAD_REQUEST: 400,
} as const

export type AppErrorCode = keyof typeof appErrorStatus
export type FieldErrors = Record<string, string[]>

export class AppError<D = unknown> extends Error {
  readonly code: AppErrorCode
  readonly fieldErrors?: FieldErrors
  /** Extra, safe-to-show detail (e.g. the other change behind a CONFLICT). */
  readonly details?: D

  constructor(code: AppErrorCode, message: string, options: { fieldErrors?: FieldErrors; details?: D } = {}) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.fieldErrors = options.fieldErrors
    this.details = options.details
  }

  get status(): number {
    return appErrorStatus[this.code]
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError
}

export function validationError(fieldErrors: FieldErrors, message = 'Some fields need attention.') {
  return new AppError('VALIDATION', message, { fieldErrors })
}
