import { z } from 'zod'
import { slugSchema } from './common'

const ageSortSchema = z.enum(['name', 'age', '-age'])

/** /ages?kind=sexual-consent&sort=age */
export const agePageParamsSchema = z.object({
  kind: slugSchema.max(60).optional().catch(undefined),
  sort: ageSortSchema.default('name').catch('name'),
})
type AgePageParams = z.infer<typeof agePageParamsSchema>
