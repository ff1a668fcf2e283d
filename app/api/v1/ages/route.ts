import { route } from '@/lib/http/api/routes/list-ages'

/** GET /api/v1/ages?kind=&jurisdiction=&asOf=&limit=&cursor= — docs/api.md (lib/http/api/routes/list-ages.ts) */
export const GET = route.GET
export const OPTIONS = route.OPTIONS
