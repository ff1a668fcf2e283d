import { attachment, loadDraftExport } from '../draft-export'
import { renderDraftDocx } from '@/lib/domain/drafts/export-docx'

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadDraftExport((await params).id, request)
  if (!loaded.ok) return loaded.response
  const buffer = await renderDraftDocx(loaded.model)
  return new Response(new Uint8Array(buffer), {
    headers: attachment(
      `${loaded.fileName}.docx`,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ),
  })
}
