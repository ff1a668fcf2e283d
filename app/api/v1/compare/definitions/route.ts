import { route } from '@/lib/http/api/routes/compare-definitions'

/** GET /api/v1/compare/definitions?concept=csam&jurisdiction=GB&jurisdiction=DE[&column=…][&format=csv] (lib/http/api/routes/compare-definitions.ts) */
export const GET = route.GET
export const OPTIONS = route.OPTIONS
