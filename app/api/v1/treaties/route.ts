import { route } from '@/lib/http/api/routes/list-treaties'

/** GET /api/v1/treaties?asOf=&limit=&cursor= — docs/api.md (lib/http/api/routes/list-treaties.ts) */
export const GET = route.GET
export const OPTIONS = route.OPTIONS
