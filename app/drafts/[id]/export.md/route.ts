import { renderDraftMarkdown } from '@/lib/domain/drafts/export-markdown'
import { attachment, loadDraftExport } from '@/lib/drafts/draft-export'

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadDraftExport((await params).id)
  if (!loaded.ok) return loaded.response
  return new Response(renderDraftMarkdown(loaded.model), {
    headers: attachment(`${loaded.fileName}.md`, 'text/markdown; charset=utf-8'),
  })
}
