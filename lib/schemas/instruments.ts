import { z } from 'zod'

export const instrumentKindFromParam = {
  constitution: 'CONSTITUTION',
  statute: 'STATUTE',
  code: 'CODE',
  regulation: 'REGULATION',
  treaty: 'TREATY',
  protocol: 'PROTOCOL',
  directive: 'DIRECTIVE',
  'eu-regulation': 'EU_REGULATION',
  'model-law': 'MODEL_LAW',
  guideline: 'GUIDELINE',
} as const

export const instrumentKindParam = z.enum(
  Object.keys(instrumentKindFromParam) as [
    keyof typeof instrumentKindFromParam,
    ...(keyof typeof instrumentKindFromParam)[],
  ],
)

/** URL parameters of /instruments; malformed values are dropped. */
export const instrumentListParamsSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  kind: instrumentKindParam.optional().catch(undefined),
  scope: z.enum(['national', 'international']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).default(1).catch(1),
})
export type InstrumentListParams = z.infer<typeof instrumentListParamsSchema>
