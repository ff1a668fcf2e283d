import { route } from '@/lib/http/api/routes/list-jurisdictions'

/** GET /api/v1/jurisdictions?kind=&region=&limit=&cursor= — docs/api.md (lib/http/api/routes/list-jurisdictions.ts) */
export const GET = route.GET
export const OPTIONS = route.OPTIONS
