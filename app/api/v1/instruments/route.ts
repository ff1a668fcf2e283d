import { route } from '@/lib/http/api/routes/list-instruments'

/** GET /api/v1/instruments?jurisdiction=&kind=&status=&inForceOn=&limit=&cursor= — docs/api.md (lib/http/api/routes/list-instruments.ts) */
export const GET = route.GET
export const OPTIONS = route.OPTIONS
