import pg from 'pg'

/**
 * Creates the database named in a server URL when it does not exist yet, so
 * `DATABASE_URL=postgresql://…/lexbridge npm start` works on an empty server. Needs CREATEDB.
 */
export async function ensureServerDatabase(url: string, log: (line: string) => void = () => {}) {
  const client = new pg.Client({ connectionString: url })
  try {
    await client.connect()
    return
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw error // 3D000: database does not exist
  } finally {
    await client.end().catch(() => {})
  }
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  const maintenance = new URL(url)
  maintenance.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: maintenance.toString() })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
    log(`created database ${name}`)
  } finally {
    await admin.end()
  }
}
