import { route } from '@/lib/http/api/routes/list-definitions'

/** GET /api/v1/definitions?concept=&jurisdiction=&limit=&cursor= — docs/api.md (lib/http/api/routes/list-definitions.ts) */
export const GET = route.GET
export const OPTIONS = route.OPTIONS
