import type { ImportProblem } from '../import-item'
import { AKN_NAMESPACES, parseAkn } from './akn'
import { parseClml } from './clml'
import { parseDeGii } from './de-gii'
import { parseEurlexXhtml } from './eurlex-xhtml'
import { parseFormex } from './formex'
import type { LawDocument, LawFormat, LawParseResult } from './law-document'
import { LawParseError } from './law-parse-error'
import { parseUslm } from './uslm'
import { parseXml, XmlError, type XmlElement } from './xml-tree'

/**
 * Detects the format of an official legal text from its content — the root element and its
 * namespace, never the file name — and parses it into a LawDocument. Errors put the root cause
 * first: a file that is not XML, is unsafe (DOCTYPE with declarations, ENTITY), truncated or of an
 * unknown format fails as a whole with one problem naming why.
 */
export const CLML_NS = 'http://www.legislation.gov.uk/namespaces/legislation'
export const USLM_NAMESPACES = ['http://schemas.gpo.gov/xml/uslm', 'http://xml.house.gov/schemas/uslm/1.0']
const XHTML_NS = 'http://www.w3.org/1999/xhtml'
const USLM_ROOTS = new Set(['uscDoc', 'pLaw', 'lawDoc', 'bill', 'resolution', 'statutesAtLarge', 'amendment'])

function formatOfRoot(root: XmlElement, text: string): LawFormat | null {
  // the 3.0 drafts (…/akn/3.0/CSD13, …/WD17) are still in use by older publishers' files
  if (root.name === 'akomaNtoso' && (AKN_NAMESPACES.includes(root.ns) || root.ns.startsWith(`${AKN_NAMESPACES[0]}/`)))
    return 'akn'
  if (root.name === 'Legislation' && root.ns === CLML_NS) return 'clml'
  if (USLM_ROOTS.has(root.name) && USLM_NAMESPACES.includes(root.ns)) return 'uslm'
  if (root.name === 'ACT' && !root.ns) return 'formex'
  if (root.name === 'dokumente' && !root.ns) return 'de-gii'
  if (
    root.name === 'html' &&
    (root.ns === XHTML_NS || !root.ns) &&
    /class="(?:oj-|eli-)|eli-subdivision|ELI version/.test(text.slice(0, 200_000))
  )
    return 'eurlex-xhtml'
  return null
}

/** The format of a law file from its root element and namespace, or null when it is none of ours. */
export function detectLawFormat(text: string): LawFormat | null {
  try {
    return formatOfRoot(parseXml(text, true), text)
  } catch {
    return null
  }
}

function unknownFormat(root: XmlElement): string {
  const name = `<${root.name}>${root.ns ? ` in namespace ${root.ns}` : ' (no namespace)'}`
  if (root.name === 'akomaNtoso')
    return `The root element is ${name}: only Akoma Ntoso 3.0 (${AKN_NAMESPACES[0]}) and 2.0 (${AKN_NAMESPACES[1]}) are supported.`
  if (root.name === 'DOC' && !root.ns)
    return 'This is a Formex document descriptor (<DOC>), not the act itself: import the <ACT> file it lists (…000101.fmx.xml).'
  return (
    `Unrecognised format: the root element is ${name}. Supported: Akoma Ntoso (<akomaNtoso>), UK CLML (<Legislation>), ` +
    'USLM (<uscDoc>, <pLaw> …), EU Formex (<ACT>), EUR-Lex XHTML (<html> with oj-/eli- classes) and gesetze-im-internet.de XML (<dokumente>).'
  )
}

const parsers: Record<LawFormat, (root: XmlElement, warnings: ImportProblem[]) => LawDocument> = {
  akn: parseAkn,
  clml: parseClml,
  uslm: parseUslm,
  formex: parseFormex,
  'eurlex-xhtml': parseEurlexXhtml,
  'de-gii': parseDeGii,
}

export function parseLawDocument(text: string): LawParseResult {
  let root: XmlElement
  try {
    root = parseXml(text)
  } catch (error) {
    if (error instanceof XmlError) return { ok: false, problems: [{ location: 'file', message: error.message }] }
    throw error
  }
  const format = formatOfRoot(root, text)
  if (!format) return { ok: false, problems: [{ location: 'file', message: unknownFormat(root) }] }
  const warnings: ImportProblem[] = []
  try {
    return { ok: true, document: parsers[format](root, warnings) }
  } catch (error) {
    if (error instanceof LawParseError)
      return { ok: false, problems: [{ location: error.location, message: error.message }] }
    // A file shaped in a way the parser does not expect must still fail cleanly, never with a stack trace
    return {
      ok: false,
      problems: [{ location: root.name, message: `The ${format} file could not be read: ${(error as Error).message}` }],
    }
  }
}
