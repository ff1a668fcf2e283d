import { createHash } from 'node:crypto'
import { db } from '@/lib/db'
import { databaseKeyOf } from '@/lib/db/prisma'
import { findChangeEntries } from '@/lib/data/api/changes'
import { feedKinds, findFeedSubject, type FeedKind } from '@/lib/data/api/feed-subject'
import { readDataStamp } from '@/lib/data/api/read-data-stamp'
import { toAtom } from '@/lib/domain/atom'
import { env } from '@/lib/env'
import { publicOrigin } from '@/lib/http/public-origin'
import { cachedResponse } from '@/lib/http/api/response-cache'
import { jurisdictionCodeSchema, slugSchema } from '@/lib/schemas/common'

/**
 * Atom feeds of published changes: /feeds/jurisdictions/GB.atom, /feeds/instruments/akn/…/50.atom,
 * /feeds/treaties/akn/….atom, /feeds/standards/<slug>.atom — the newest 50 changes (docs/api.md).
 * Cached and validated like the API: under the data version, with ETag / 304.
 */
const FEED_SIZE = 50

export async function feedGET(request: Request, { params }: { params: Promise<{ kind: string; key: string[] }> }) {
  const { kind, key: segments } = await params
  const last = segments.at(-1) ?? ''
  const key = keyOf(kind, [...segments.slice(0, -1), last.replace(/\.atom$/, '')])
  if (!feedKinds.includes(kind as FeedKind) || !last.endsWith('.atom') || !key) return text(404, 'No such feed.')
  const stamp = await readDataStamp(db)
  const url = new URL(request.url)
  const origin = publicOrigin(request, env.APP_URL)
  const etag = `"${createHash('sha1').update(`${stamp.version}|${origin}${url.pathname}`).digest('base64url')}"`
  const headers = {
    ETag: etag,
    'Last-Modified': stamp.changedAt.toUTCString(),
    'Cache-Control': 'public, no-cache',
    'Access-Control-Allow-Origin': '*',
  }
  if (
    request.headers
      .get('if-none-match')
      ?.split(',')
      .some((tag) => tag.trim() === etag)
  )
    return new Response(null, { status: 304, headers })
  const { value } = await cachedResponse(
    databaseKeyOf(db),
    stamp.version,
    `feed:${origin}${url.pathname}`, // the body holds absolute links
    async () => {
      const subject = await findFeedSubject(db, { kind: kind as FeedKind, key })
      if (!subject)
        return { status: 404, body: 'No published record for this feed.', contentType: 'text/plain; charset=utf-8' }
      const { items } = await findChangeEntries(db, {
        since: new Date(0),
        scope: subject.scope,
        newestFirst: true,
        limit: FEED_SIZE,
      })
      const body = toAtom({
        id: `${origin}${url.pathname}`,
        title: `LexBridge: changes to ${subject.title}`,
        subtitle: 'Published changes to this record and the records that belong to it.',
        updated: items[0]?.date ?? stamp.changedAt.toISOString(),
        self: `${origin}${url.pathname}`,
        alternate: `${origin}${subject.pagePath}`,
        entries: items.map((change) => ({
          id: `${origin}/api/v1/changes#${change.revisionId}`,
          title: change.summary,
          updated: change.date,
          link: `${origin}${subject.pagePath}`,
          summary: change.summary,
        })),
      })
      return { status: 200, body, contentType: 'application/atom+xml; charset=utf-8' }
    },
  )
  return new Response(value.body, {
    status: value.status,
    headers: {
      ...(value.status === 200 ? headers : { 'Cache-Control': 'no-store' }),
      'Content-Type': value.contentType,
    },
  })
}

function keyOf(kind: string, segments: string[]): string | null {
  if (kind === 'jurisdictions')
    return segments.length === 1 && jurisdictionCodeSchema.safeParse(segments[0].toUpperCase()).success
      ? segments[0].toUpperCase()
      : null
  if (kind === 'standards')
    return segments.length === 1 && slugSchema.safeParse(segments[0]).success ? segments[0] : null
  const uri = `/${segments.join('/')}`
  return segments[0] === 'akn' && uri.length <= 300 && !/[\s\u0000]/.test(uri) ? uri : null
}

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
