/** Atom feeds of published changes (lib/http/feed-route.ts, docs/api.md). */
export { feedGET as GET } from '@/lib/http/feed-route'
