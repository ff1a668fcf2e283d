import 'server-only'
import { db } from '@/lib/db'
import type { GapMatrixQuery } from '@/lib/schemas/gaps'
import { computeGapMatrix } from './compute-gap-matrix'

export { toAsOf, type GapMatrix } from './compute-gap-matrix'

/** The gap matrix of one standard on the app's database (see computeGapMatrix). */
export const getGapMatrix = (query: GapMatrixQuery, options: { codes?: string[] } = {}) => computeGapMatrix(db, query, options)
