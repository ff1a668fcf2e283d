import type { LawDocument } from './law-document'

/**
 * Writes a LawDocument as Akoma Ntoso 3.0 XML; parseLawDocument(serializeAkn(doc)) gives doc back.
 * PLACEHOLDER until the format parsers land (branch lawparse).
 */
export function serializeAkn(_document: LawDocument): string {
  throw new Error('serializeAkn is not implemented yet')
}
