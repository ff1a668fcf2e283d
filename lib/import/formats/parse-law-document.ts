import type { LawFormat, LawParseResult } from './law-document'

/**
 * Detects the format of an official legal text from its content and parses it into a LawDocument.
 * PLACEHOLDER until the format parsers land (branch lawparse): it refuses every file.
 */
export function detectLawFormat(_text: string): LawFormat | null {
  return null
}

export function parseLawDocument(text: string): LawParseResult {
  const format = detectLawFormat(text)
  return { ok: false, problems: [{ location: 'file', message: format ? `No parser for ${format} yet.` : 'Unrecognised format.' }] }
}
