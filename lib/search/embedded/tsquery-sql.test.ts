import { describe, expect, it } from 'vitest'
import { expandSynonyms } from '../expand-query'
import { parseQuery } from '../query-parser'
import { SqlParams } from './sql-params'
import { buildTsquerySql } from './tsquery-sql'

const q = (n: number) => `phraseto_tsquery('lexbridge_search', $${n}::text)`

describe('buildTsquerySql', () => {
  it('ORs alternatives, ANDs clauses, negates exclusions and passes text only as parameters', () => {
    const params = new SqlParams()
    const sql = buildTsquerySql(expandSynonyms(parseQuery(`minor -adult "it's"`)), params)
    expect(sql?.query).toBe(`((${q(1)} || ${q(2)}) && (!! ${q(3)}) && ${q(4)})`)
    expect(params.values).toEqual(['minor', 'child', 'adult', "it's"])
  })

  it('matches each alternative of a synonym group as its own condition, and the other clauses together', () => {
    const sql = buildTsquerySql(expandSynonyms(parseQuery(`minor -adult "it's"`)), new SqlParams())
    expect(sql?.match('v')).toBe(
      `((numnode((${q(1)} || ${q(2)})) = 0 OR v @@ ${q(1)} OR v @@ ${q(2)})` +
        ` AND (numnode(((!! ${q(3)}) && ${q(4)})) = 0 OR v @@ ((!! ${q(3)}) && ${q(4)})))`,
    )
  })

  it('matches the whole query at once when no clause has alternatives', () => {
    const sql = buildTsquerySql(expandSynonyms(parseQuery('cyberflashing -image')), new SqlParams())
    expect(sql?.match('v')).toBe(`v @@ ${sql?.query}`)
  })

  it('is null when nothing positive is asked', () => {
    expect(buildTsquerySql(expandSynonyms(parseQuery('-adult')), new SqlParams())).toBeNull()
    expect(buildTsquerySql([], new SqlParams())).toBeNull()
  })
})
