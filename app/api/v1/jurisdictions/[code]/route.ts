import { route } from '@/lib/http/api/routes/get-jurisdiction'

/** GET /api/v1/jurisdictions/{code} — docs/api.md (lib/http/api/routes/get-jurisdiction.ts) */
export const GET = route.GET
export const OPTIONS = route.OPTIONS
