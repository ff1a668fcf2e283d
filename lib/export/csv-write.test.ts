import { expect, it } from 'vitest'
import { parseCsv } from '@/lib/dataset/csv'
import { toCsv } from './csv-write'

it('writes CSV that the reader gives back unchanged', () => {
  const rows = [['id', 'text'], ['a', 'He said "no", then\nleft'], ['b', '']]
  expect(parseCsv(toCsv(rows))).toEqual(rows)
})
