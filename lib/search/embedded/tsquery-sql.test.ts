import { describe, expect, it } from 'vitest'
import { expandSynonyms } from '../expand-query'
import { parseQuery } from '../query-parser'
import { SqlParams } from './sql-params'
import { buildTsquerySql } from './tsquery-sql'

describe('buildTsquerySql', () => {
  it('ORs alternatives, ANDs clauses, negates exclusions and passes text only as parameters', () => {
    const params = new SqlParams()
    const sql = buildTsquerySql(expandSynonyms(parseQuery(`minor -adult "it's"`)), params)
    expect(sql).toBe(
      "((phraseto_tsquery('lexbridge_search', $1::text) || phraseto_tsquery('lexbridge_search', $2::text)) && (!! phraseto_tsquery('lexbridge_search', $3::text)) && phraseto_tsquery('lexbridge_search', $4::text))",
    )
    expect(params.values).toEqual(['minor', 'child', 'adult', "it's"])
  })

  it('is null when nothing positive is asked', () => {
    expect(buildTsquerySql(expandSynonyms(parseQuery('-adult')), new SqlParams())).toBeNull()
    expect(buildTsquerySql([], new SqlParams())).toBeNull()
  })
})
