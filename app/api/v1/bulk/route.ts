import { readFile } from 'node:fs/promises'
import { db } from '@/lib/db'
import { env } from '@/lib/env'
import { ensureBulkArchive } from '@/lib/data/exchange/bulk-archive'
import { problemResponse } from '@/lib/http/api/problem'

/**
 * GET /api/v1/bulk — the whole published dataset as lexbridge-data-v<version>.tar.gz (JSON and CSV
 * per record type, manifest.json with counts, SHA-256 and licences). Built once per data version
 * and kept under DATA_DIR/bulk (docs/api.md "Bulk download").
 */
export async function GET(request: Request) {
  try {
    const { file, version } = await ensureBulkArchive(db, env.DATA_DIR)
    const etag = `"bulk-${version}"`
    const headers = {
      ETag: etag,
      'Cache-Control': 'public, no-cache',
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': 'ETag, Content-Disposition',
    }
    if (
      request.headers
        .get('if-none-match')
        ?.split(',')
        .some((tag) => tag.trim() === etag)
    )
      return new Response(null, { status: 304, headers })
    return new Response(new Uint8Array(await readFile(file)), {
      headers: {
        ...headers,
        'Content-Type': 'application/gzip',
        'Content-Disposition': `attachment; filename="lexbridge-data-v${version}.tar.gz"`,
      },
    })
  } catch (error) {
    console.error('[api/v1/bulk]', error)
    return problemResponse(500, 'The download could not be prepared. Please try again later.')
  }
}
