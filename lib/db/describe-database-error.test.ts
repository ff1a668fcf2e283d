import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { describeDatabaseError } from './describe-database-error'

describe('describeDatabaseError', () => {
  it('names the server and the fix for a refused connection (a real failed connect)', async () => {
    const url = 'postgresql://nobody@127.0.0.1:1/none'
    const error = await new pg.Client({ connectionString: url }).connect().then(
      () => null,
      (e: unknown) => e,
    )
    expect(describeDatabaseError(error, url)).toBe(
      'Cannot reach the PostgreSQL server at 127.0.0.1:1/none: connection refused. Is PostgreSQL running there? Check DATABASE_URL, or unset it to use the embedded database.',
    )
  })
  it('says nothing about errors that are not connection problems', () => {
    expect(describeDatabaseError(new Error('something else'))).toBeNull()
  })
  it('explains a refused password', () => {
    expect(
      describeDatabaseError(
        { code: '28P01', message: 'password authentication failed for user "x"' },
        'postgresql://x@db:5433/app',
      ),
    ).toBe(
      'The PostgreSQL server at db:5433/app refused the user or password in DATABASE_URL (password authentication failed for user "x").',
    )
  })
})
