import { route } from '@/lib/http/api/routes/compare-diff'

/** GET /api/v1/compare/diff?a=<provision id>&b=<provision id>: both provisions and the word-level diff. (lib/http/api/routes/compare-diff.ts) */
export const GET = route.GET
export const OPTIONS = route.OPTIONS
