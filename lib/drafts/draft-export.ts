import 'server-only'
import { env } from '@/lib/env'
import { buildExportModel } from '@/lib/domain/drafts/export-model'
import { getDraftUser } from './current-user'
import { loadDraftWorkspace } from './load-draft'

/** The export model for the signed-in user's draft, or an HTTP response saying why not. */
export async function loadDraftExport(
  draftId: string,
): Promise<
  { ok: true; model: ReturnType<typeof buildExportModel>; fileName: string } | { ok: false; response: Response }
> {
  const user = await getDraftUser()
  if (!user)
    return {
      ok: false,
      response: new Response('Sign in to export drafts.', {
        status: 401,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      }),
    }
  const workspace = await loadDraftWorkspace(draftId, user.id)
  const model = buildExportModel({ ...workspace, exportedAt: new Date(), baseUrl: env.APP_URL })
  const fileName = `${
    workspace.draft.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'draft'
  }-v${workspace.draft.version}`
  return { ok: true, model, fileName }
}

export const attachment = (fileName: string, contentType: string) => ({
  'content-type': contentType,
  'content-disposition': `attachment; filename="${fileName}"`,
  'cache-control': 'private, no-store',
})
