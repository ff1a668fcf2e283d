import { db } from '@/lib/db'
import { requireUser } from '@/lib/auth/session'
import { AppError } from '@/lib/errors/app-error'
import { createDump } from '@/lib/data/exchange/dump'
import { exportRecordsCsv, exportRecordsJson } from '@/lib/data/exchange/records-export'
import { errorResponse } from '@/lib/http/respond'
import { isRecordTypeKey } from '@/lib/schemas/records'

/**
 * GET /api/admin/export/dump (full dump, admins only: it holds password hashes),
 * /api/admin/export/records (records JSON), /api/admin/export/<type>.csv. Downloads only; no writes.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ kind: string }> }) {
  try {
    const { kind } = await params
    const stamp = new Date().toISOString().slice(0, 10)
    const download = (body: string, name: string, type: string) =>
      new Response(body, {
        headers: {
          'Content-Type': type,
          'Content-Disposition': `attachment; filename="${name}"`,
          'Cache-Control': 'no-store',
        },
      })
    if (kind === 'dump') {
      await requireUser('user:manage')
      return download(JSON.stringify(await createDump(db)), `lexbridge-dump-${stamp}.json`, 'application/json')
    }
    const user = await requireUser('export:run')
    if (kind === 'records')
      return download(
        JSON.stringify(await exportRecordsJson(db, { user }), null, 2),
        `lexbridge-records-${stamp}.json`,
        'application/json',
      )
    const type = kind.replace(/\.csv$/, '')
    if (kind.endsWith('.csv') && isRecordTypeKey(type))
      return download(
        await exportRecordsCsv(db, { user, type }),
        `lexbridge-${type}-${stamp}.csv`,
        'text/csv; charset=utf-8',
      )
    throw new AppError('NOT_FOUND', 'Unknown export.')
  } catch (error) {
    return errorResponse(error)
  }
}
