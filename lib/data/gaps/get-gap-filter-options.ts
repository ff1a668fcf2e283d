import 'server-only'
import { db } from '@/lib/db'
import { findGapFilterOptions } from './find-matrix-jurisdictions'

/** Regions and organisations for the matrix filter form. */
export const getGapFilterOptions = () => findGapFilterOptions(db)
