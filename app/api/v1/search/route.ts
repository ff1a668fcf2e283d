import { route } from '@/lib/http/api/routes/search'

/** search (lib/http/api/routes/search.ts) */
export const GET = route.GET
export const OPTIONS = route.OPTIONS
