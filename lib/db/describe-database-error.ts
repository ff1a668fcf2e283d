/**
 * One sentence for a database connection failure, naming the server and what to check; null
 * when the error is not a connection problem. Used by CLI scripts and `npm start` instead of
 * the driver's stack trace.
 */
export function describeDatabaseError(error: unknown, url?: string): string | null {
  const { code, message } = (error ?? {}) as { code?: string; message?: string }
  const where = url ? serverOf(url) : 'the database server'
  switch (code) {
    case 'ECONNREFUSED':
      return `Cannot reach ${where}: connection refused. Is PostgreSQL running there? Check DATABASE_URL, or unset it to use the embedded database.`
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot reach ${where}: the host name does not resolve. Check DATABASE_URL.`
    case 'ETIMEDOUT':
      return `Cannot reach ${where}: the connection timed out. Check DATABASE_URL and the network.`
    case '28P01':
    case '28000':
      return `${capitalise(where)} refused the user or password in DATABASE_URL (${message ?? 'authentication failed'}).`
    case '3D000':
      return `${capitalise(where)} has no such database, and it could not be created (${message}). Check DATABASE_URL.`
    case '42501':
      return `${capitalise(where)}: permission denied (${message}). The DATABASE_URL user needs CREATEDB, or create the database first.`
    default:
      return null
  }
}

function serverOf(url: string) {
  try {
    const parsed = new URL(url)
    return `the PostgreSQL server at ${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`
  } catch {
    return 'the database server in DATABASE_URL'
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
