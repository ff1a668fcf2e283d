import { route } from '@/lib/http/api/routes/get-treaty-status'

/** GET /api/v1/treaties/{treaty URI}/status[?asOf=&jurisdiction=] — docs/api.md (lib/http/api/routes/get-treaty-status.ts) */
export const GET = route.GET
export const OPTIONS = route.OPTIONS
