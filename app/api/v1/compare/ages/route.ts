import { route } from '@/lib/http/api/routes/compare-ages'

/** GET /api/v1/compare/ages?jurisdiction=GB&jurisdiction=DE[&format=csv]: age benchmarks in force and the age-consistency check. (lib/http/api/routes/compare-ages.ts) */
export const GET = route.GET
export const OPTIONS = route.OPTIONS
