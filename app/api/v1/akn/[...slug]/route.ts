import { db } from '@/lib/db'
import { getLawDocument } from '@/lib/data/law/get-law-document'
import { parseInstrumentPath } from '@/lib/domain/instrument-address'
import { AppError } from '@/lib/errors/app-error'
import { serializeAkn } from '@/lib/import/formats/serialize-akn'
import { errorResponse } from '@/lib/http/respond'

/**
 * GET /instruments/akn/…/eng@DATE/akn.xml (rewritten here by next.config.ts), or the work URI for
 * its current version: the version as Akoma Ntoso 3.0 XML, written by serializeAkn.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string[] }> }) {
  try {
    const { slug } = await params
    const path = parseInstrumentPath(['akn', ...slug])
    const document = await getLawDocument(db, { workUri: path.key, expressionUri: path.expressionUri })
    if (!document) throw new AppError('NOT_FOUND', 'No published version of this instrument has that address.')
    let xml: string
    try {
      xml = serializeAkn(document)
    } catch {
      throw new AppError('UNSUPPORTED', 'Akoma Ntoso export is not available for this version yet.')
    }
    const name = document.expression.uri.replace(/^\/akn\//, '').replace(/[^\w@.-]+/g, '-')
    return new Response(xml, {
      headers: {
        'Content-Type': 'application/akn+xml; charset=utf-8',
        'Content-Disposition': `inline; filename="${name}.xml"`,
      },
    })
  } catch (error) {
    return errorResponse(error)
  }
}
