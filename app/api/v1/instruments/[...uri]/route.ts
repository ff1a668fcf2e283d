import { route } from '@/lib/http/api/routes/get-instrument'

/** GET /api/v1/instruments/{work or expression URI}[?version=<expression URI>] — docs/api.md (lib/http/api/routes/get-instrument.ts) */
export const GET = route.GET
export const OPTIONS = route.OPTIONS
