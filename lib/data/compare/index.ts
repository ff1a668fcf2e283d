import 'server-only'
import { db } from '@/lib/db'
import type { CompareQuery } from '@/lib/schemas/compare'
import { findAgeComparison } from './find-age-comparison'
import { findCompareOptions } from './find-compare-options'
import { findDefinitionsMatrix } from './find-definitions-matrix'
import { findDiffCandidates } from './find-diff-candidates'
import { getCompareMatrix as getCompareMatrixOn } from './get-compare-matrix'
import { getDiffSide as getDiffSideOn, getProvisionDiff as getProvisionDiffOn } from './get-provision-diff'

/**
 * The compare data functions bound to the app's database, for pages and route handlers. The
 * functions themselves take the client as their first argument so that integration tests and
 * `npm run bench` run them on their own databases (see docs/decisions/0200-compare-data-layer.md).
 */
export const getCompareMatrix = (query: CompareQuery) => getCompareMatrixOn(db, query)
export const getCompareOptions = () => findCompareOptions(db)
export const getDefinitionsMatrix = (options: Parameters<typeof findDefinitionsMatrix>[1]) => findDefinitionsMatrix(db, options)
export const getAgeComparison = (options: Parameters<typeof findAgeComparison>[1]) => findAgeComparison(db, options)
export const getProvisionDiff = (options: { a: string; b: string }) => getProvisionDiffOn(db, options)
export const getDiffSide = (id: string) => getDiffSideOn(db, id)
export const getDiffCandidates = (options: Parameters<typeof findDiffCandidates>[1]) => findDiffCandidates(db, options)

export type * from './types'
export type { CompareOptions } from './find-compare-options'
