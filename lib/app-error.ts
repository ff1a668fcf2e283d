/**
 * The one error type for domain failures (documenso's AppError): data functions throw it, server
 * actions and route handlers turn it into a message or an HTTP status in one place.
 */
export const appErrorStatus = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 422,
} as const
export type AppErrorCode = keyof typeof appErrorStatus

export class AppError extends Error {
  readonly code: AppErrorCode
  constructor(code: AppErrorCode, message: string) {
    super(message)
    this.name = 'AppError'
    this.code = code
  }
  get status() {
    return appErrorStatus[this.code]
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError
