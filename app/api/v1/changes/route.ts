import { route } from '@/lib/http/api/routes/list-changes'

/** GET /api/v1/changes?since=&limit=&cursor= — docs/api.md (lib/http/api/routes/list-changes.ts) */
export const GET = route.GET
export const OPTIONS = route.OPTIONS
