import { attachment, loadDraftExport } from '@/lib/drafts/draft-export'
import { renderDraftDocx } from '@/lib/drafts/export-docx'

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadDraftExport((await params).id)
  if (!loaded.ok) return loaded.response
  const buffer = await renderDraftDocx(loaded.model)
  return new Response(new Uint8Array(buffer), {
    headers: attachment(
      `${loaded.fileName}.docx`,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ),
  })
}
