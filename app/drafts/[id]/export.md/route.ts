import { renderDraftMarkdown } from '@/lib/domain/drafts/export-markdown'
import { attachment, loadDraftExport } from '../draft-export'

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadDraftExport((await params).id, request)
  if (!loaded.ok) return loaded.response
  return new Response(renderDraftMarkdown(loaded.model), {
    headers: attachment(`${loaded.fileName}.md`, 'text/markdown; charset=utf-8'),
  })
}
