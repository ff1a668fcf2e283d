import 'server-only'
import { db } from '@/lib/db'
import type { GapMatrixQuery } from '@/lib/schemas/gaps'
import { computeGapMatrix } from './compute-gap-matrix'
import { keepGapInputsFresh } from './gap-input-refresher'

export { toAsOf, type GapMatrix } from './compute-gap-matrix'

/** The gap matrix of one standard on the app's database (see computeGapMatrix); the first call starts the cache refresher. */
export function getGapMatrix(query: GapMatrixQuery, options: { codes?: string[] } = {}) {
  keepGapInputsFresh(db)
  return computeGapMatrix(db, query, options)
}
