import 'server-only'
import { db } from '@/lib/db'
import { env } from '@/lib/env'
import { publicOrigin } from '@/lib/http/public-origin'
import { getCurrentUser } from '@/lib/auth/session'
import { getDraftWorkspace } from '@/lib/data/drafts/get-draft-workspace'
import { buildExportModel, exportFileName, type ExportModel } from '@/lib/domain/drafts/export-model'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'

/** For the two export routes: the signed-in user's draft as an export model (links absolute, for use outside the site), or a response saying why not. */
export async function loadDraftExport(
  draftId: string,
  request: Request,
): Promise<{ ok: true; model: ExportModel; fileName: string } | { ok: false; response: Response }> {
  const user = await getCurrentUser()
  if (!user)
    return {
      ok: false,
      response: new Response('Sign in to export drafts.', {
        status: 401,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      }),
    }
  const workspace = await notFoundOnMissing(getDraftWorkspace(db, { draftId, user }))
  const model = buildExportModel({ ...workspace, exportedAt: new Date(), baseUrl: publicOrigin(request, env.APP_URL) })
  return { ok: true, model, fileName: exportFileName(workspace.draft) }
}

export const attachment = (fileName: string, contentType: string) => ({
  'content-type': contentType,
  'content-disposition': `attachment; filename="${fileName}"`,
  'cache-control': 'private, no-store',
})
