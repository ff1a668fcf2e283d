import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@/lib/db/embedded'

/**
 * The embedded database serves several connections through one PGlite backend. The extended
 * query protocol (Parse/Bind/Execute/Sync) of one connection must never interleave with another's,
 * or the server answers "bind message supplies N parameters, but prepared statement requires M".
 */
let embedded: EmbeddedDatabase
beforeAll(async () => {
  embedded = await startEmbeddedDatabase()
})
afterAll(async () => {
  await embedded?.stop()
})

describe('embedded database under concurrent connections', () => {
  it('keeps each connection’s parameterised queries and transactions apart', async () => {
    const pool = new pg.Pool({ connectionString: embedded.url, max: 8 })
    await pool.query('CREATE TABLE counters (id int PRIMARY KEY, n int NOT NULL)')
    await pool.query('INSERT INTO counters VALUES (1, 0)')
    const work = Array.from({ length: 200 }, (_, i) => {
      if (i % 10 === 0) {
        return (async () => {
          const client = await pool.connect()
          try {
            await client.query('BEGIN')
            await client.query('UPDATE counters SET n = n + $1 WHERE id = $2', [1, 1])
            await client.query('COMMIT')
          } finally {
            client.release()
          }
        })()
      }
      // Queries with different numbers of parameters, so a Bind meeting another connection's Parse fails loudly.
      const width = (i % 4) + 1
      const params = Array.from({ length: width }, (_, k) => i + k)
      const select = params.map((_, k) => `$${k + 1}::int AS c${k}`).join(', ')
      return pool.query(`SELECT ${select}`, params).then((result) => {
        expect(Object.values(result.rows[0])).toEqual(params)
      })
    })
    await Promise.all(work)
    const { rows } = await pool.query('SELECT n FROM counters WHERE id = 1')
    expect(rows[0].n).toBe(20)
    await pool.end()
  })
})
