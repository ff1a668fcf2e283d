import 'server-only'
import { db } from '@/lib/db'
import { readStandard } from './gaps/read-standard'

export { toCriterionDefs, type StandardDetail } from './gaps/read-standard'

/** A published standard by slug, with criteria and elements (see readStandard). */
export const getStandard = (slug: string) => readStandard(db, slug)
