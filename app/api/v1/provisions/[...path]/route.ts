import { route } from '@/lib/http/api/routes/get-provision'

/** GET /api/v1/provisions/{expression URI}/{eId} — docs/api.md (lib/http/api/routes/get-provision.ts) */
export const GET = route.GET
export const OPTIONS = route.OPTIONS
