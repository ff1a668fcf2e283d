import { route } from '@/lib/http/api/routes/list-standards'

/** GET /api/v1/standards?limit=&cursor= — docs/api.md (lib/http/api/routes/list-standards.ts) */
export const GET = route.GET
export const OPTIONS = route.OPTIONS
