import { AppError } from '@/lib/errors/app-error'
import type { ImportRequest } from '@/lib/schemas/import-request'
import { parseAkomaNtoso } from './akoma-ntoso'
import { parseCsvImport } from './csv-import'
import { IMPORT_LIMITS, formatBytes, type ParsedImport } from './import-item'
import { parseRecordsJson } from './json-import'
import { isDump } from '@/lib/schemas/exchange-formats'

/** One entry point for the UI route and the CLI: file text + request → import items or problems. */
export function parseUpload(text: string, request: ImportRequest): ParsedImport {
  if (Buffer.byteLength(text) > IMPORT_LIMITS.maxBytes)
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `The file is larger than ${formatBytes(IMPORT_LIMITS.maxBytes)}. Split it into smaller files.`,
    )
  if (request.format === 'csv') return parseCsvImport(text, request.type, request.mapping)
  if (request.format === 'akn') return parseAkomaNtoso(text)
  if (request.format === 'law')
    return {
      items: [],
      problems: [{ location: 'file', message: 'Official law texts go through the law import (importLawDocument).' }],
    }
  // Recognised status pages never reach here (the route plans them first): this one is not one.
  if (request.format === 'treaty-status')
    return {
      items: [],
      problems: [
        {
          location: 'file',
          message:
            'Not a UN Treaty Collection status page or a Council of Europe chart of signatures and ratifications (saved as HTML).',
        },
      ],
    }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { items: [], problems: [{ location: 'file', message: `Not valid JSON: ${(error as Error).message}` }] }
  }
  if (isDump(data))
    return {
      items: [],
      problems: [
        {
          location: 'file',
          message: 'This is a full dump. Restore it into an empty database with `npm run import -- FILE`.',
        },
      ],
    }
  return parseRecordsJson(data)
}
