import { route } from '@/lib/http/api/routes/list-assessments'

/** GET /api/v1/standards/{slug}/assessments?jurisdiction=&criterion=&limit=&cursor= — docs/api.md (lib/http/api/routes/list-assessments.ts) */
export const GET = route.GET
export const OPTIONS = route.OPTIONS
