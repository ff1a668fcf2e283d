import { route } from '@/lib/http/api/routes/gaps'

/** gaps (lib/http/api/routes/gaps.ts) */
export const GET = route.GET
export const OPTIONS = route.OPTIONS
