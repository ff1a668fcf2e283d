import { route } from '@/lib/http/api/routes/compare'

/** compare (lib/http/api/routes/compare.ts) */
export const GET = route.GET
export const OPTIONS = route.OPTIONS
