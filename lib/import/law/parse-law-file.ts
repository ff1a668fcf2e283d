import { createHash } from 'node:crypto'
import { AppError } from '@/lib/errors/app-error'
import type { LawDocument } from '../formats/law-document'
import { detectLawFormat, parseLawDocument } from '../formats/parse-law-document'
import { IMPORT_LIMITS, formatBytes, type ImportProblem } from '../import-item'

/**
 * A file's text → a LawDocument (format detected from the content) and its provenance hash.
 * Used by the CLI, the admin import route and the sync; the size limit is the one every import has.
 */
export type ParsedLawFile =
  { ok: true; document: LawDocument; sha256: string } | { ok: false; problems: ImportProblem[]; sha256: string }

function sha256Of(text: string | Buffer) {
  return createHash('sha256').update(text).digest('hex')
}

/** True when the text looks like an official-format law file the law pipeline should take. */
export function isOfficialLawText(text: string) {
  return detectLawFormat(text) !== null
}

export function parseLawFile(text: string): ParsedLawFile {
  if (Buffer.byteLength(text) > IMPORT_LIMITS.maxBytes)
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `The file is larger than ${formatBytes(IMPORT_LIMITS.maxBytes)}. Split it into smaller files.`,
    )
  return parseLawText(text)
}

/**
 * parseLawFile without the upload size limit, for text that did not come from a user: the import
 * bench's synthetic 100,000-provision file is larger than any upload may be.
 */
export function parseLawText(text: string): ParsedLawFile {
  const sha256 = sha256Of(text)
  try {
    const parsed = parseLawDocument(text)
    return parsed.ok
      ? { ok: true, document: parsed.document, sha256 }
      : { ok: false, problems: parsed.problems, sha256 }
  } catch (error) {
    // A parser bug must not reach the user as a stack trace: name it once and write nothing.
    return {
      ok: false,
      problems: [{ location: 'file', message: `The file could not be read: ${(error as Error).message}` }],
      sha256,
    }
  }
}
