import { XMLParser } from 'fast-xml-parser'
import type { ImportItem, ImportProblem, ParsedImport } from './import-item'

/**
 * Akoma Ntoso 3.0 → one instrument (created only if its work URI is new), one instrument version
 * (the FRBR expression) and its provisions: every hierarchical element (part, chapter, section,
 * subsection, article, paragraph …) with its eId, num, heading and text, in document order, each
 * pointing at its parent. Text comes from the element's own <intro>, <content> and <wrapUp>.
 * DOCTYPE/ENTITY declarations are refused outright (no entity expansion attacks).
 */
type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> }

const hierarchy = new Set([
  'book',
  'title',
  'part',
  'chapter',
  'division',
  'section',
  'subsection',
  'article',
  'paragraph',
  'subparagraph',
  'clause',
  'point',
  'rule',
  'level',
])
const ownText = new Set(['intro', 'content', 'wrapUp'])
const documentKinds: Record<string, { kind: string; status: string }> = {
  act: { kind: 'STATUTE', status: 'IN_FORCE' },
  bill: { kind: 'STATUTE', status: 'DRAFT' },
}

const tagOf = (node: XmlNode) => Object.keys(node).find((key) => key !== ':@') ?? ''
const childrenOf = (node: XmlNode) => (node[tagOf(node)] as XmlNode[] | undefined) ?? []
const attr = (node: XmlNode | undefined, name: string) => node?.[':@']?.[name]
const find = (nodes: XmlNode[], tag: string) => nodes.find((node) => tagOf(node) === tag)
const path = (nodes: XmlNode[], ...tags: string[]) =>
  tags.reduce<XmlNode | undefined>((node, tag) => (node ? find(childrenOf(node), tag) : find(nodes, tag)), undefined)

/** Text of a subtree: block elements (<p>, <blockList> items) become lines; whitespace collapsed. */
function textOf(nodes: XmlNode[]): string {
  const lines: string[] = []
  let line = ''
  const walk = (list: XmlNode[]) => {
    for (const node of list) {
      const tag = tagOf(node)
      if (tag === '#text') line += String(node['#text'])
      else if (tag === 'p' || tag === 'item' || tag === 'listIntroduction' || tag === 'listWrapUp') {
        if (line.trim()) lines.push(line)
        line = ''
        walk(childrenOf(node))
        if (line.trim()) lines.push(line)
        line = ''
      } else if (tag !== 'authorialNote' && tag !== 'eol') walk(childrenOf(node))
    }
  }
  walk(nodes)
  if (line.trim()) lines.push(line)
  return lines
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

function citationLabel(tag: string, num: string | null, parentLabel: string | null): string | null {
  if (!num) return parentLabel
  const clean = num.replace(/\.$/, '').trim()
  if (tag === 'section') return `s. ${clean}`
  if (tag === 'article') return /^art/i.test(clean) ? clean : `art. ${clean}`
  if (
    ['subsection', 'paragraph', 'subparagraph', 'point', 'clause'].includes(tag) &&
    parentLabel &&
    !/^(part|chapter|title|book)/i.test(parentLabel)
  ) {
    return `${parentLabel}${clean.startsWith('(') ? clean : `(${clean})`}`
  }
  return /^[A-Za-z]/.test(clean) ? clean : `${tag.charAt(0).toUpperCase()}${tag.slice(1)} ${clean}`
}

export function parseAkomaNtoso(xml: string): ParsedImport {
  const problems: ImportProblem[] = []
  if (/<!DOCTYPE|<!ENTITY/i.test(xml))
    return {
      items: [],
      problems: [
        { location: 'file', message: 'DOCTYPE and ENTITY declarations are not accepted in Akoma Ntoso files.' },
      ],
    }
  let root: XmlNode[]
  try {
    root = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      removeNSPrefix: true,
      trimValues: false,
      parseTagValue: false,
      parseAttributeValue: false,
    }).parse(xml, true) as XmlNode[]
  } catch (error) {
    return { items: [], problems: [{ location: 'file', message: `Not well-formed XML: ${(error as Error).message}` }] }
  }
  const akn = find(root, 'akomaNtoso')
  if (!akn) return { items: [], problems: [{ location: 'file', message: 'The root element is not <akomaNtoso>.' }] }
  const doc = childrenOf(akn).find((node) => tagOf(node) !== '#text')
  const docTag = doc ? tagOf(doc) : ''
  const docKind = documentKinds[docTag]
  if (!doc || !docKind)
    return {
      items: [],
      problems: [
        {
          location: `akomaNtoso/${docTag || '?'}`,
          message: `Only <act> and <bill> documents can be imported (found <${docTag || 'nothing'}>).`,
        },
      ],
    }

  const docChildren = childrenOf(doc)
  const identification = path(docChildren, 'meta', 'identification')
  const work = identification && find(childrenOf(identification), 'FRBRWork')
  const expression = identification && find(childrenOf(identification), 'FRBRExpression')
  const workValue = (tag: string, name = 'value') => attr(work && find(childrenOf(work), tag), name)
  const exprValue = (tag: string, name = 'value') => attr(expression && find(childrenOf(expression), tag), name)
  const workUri = workValue('FRBRuri') ?? workValue('FRBRthis')?.replace(/\/main$/, '')
  const expressionUri = exprValue('FRBRuri') ?? exprValue('FRBRthis')?.replace(/\/main$/, '')
  const docTitle = path(docChildren, 'preface')
    ? textOf(childrenOf(path(docChildren, 'preface')!).filter(Boolean)).split('\n')[0]
    : ''
  const title = workValue('FRBRname') ?? (docTitle || null)
  const language = exprValue('FRBRlanguage', 'language')
  if (!workUri)
    problems.push({ location: 'meta/identification/FRBRWork', message: 'FRBRuri (the work URI) is missing.' })
  if (!expressionUri)
    problems.push({
      location: 'meta/identification/FRBRExpression',
      message: 'FRBRuri (the expression URI) is missing.',
    })
  if (!language) problems.push({ location: 'meta/identification/FRBRExpression', message: 'FRBRlanguage is missing.' })
  if (!title)
    problems.push({
      location: 'meta/identification/FRBRWork',
      message: 'FRBRname (the title) is missing and the preface has no docTitle.',
    })
  const body = find(docChildren, 'body')
  if (!body) problems.push({ location: docTag, message: 'The document has no <body>.' })
  if (problems.length) return { items: [], problems }

  const items: ImportItem[] = [
    {
      type: 'instruments',
      location: 'FRBRWork',
      createOnly: true,
      payload: {
        uri: workUri,
        jurisdiction: workValue('FRBRcountry')?.toUpperCase() ?? '',
        kind: docKind.kind,
        status: docKind.status,
        title,
        adoptedOn: workValue('FRBRdate', 'date') ?? null,
        language,
        verification: 'NEEDS_REVIEW',
      },
    },
    {
      type: 'versions',
      location: 'FRBRExpression',
      payload: {
        instrument: workUri,
        expressionUri,
        language,
        asAt: exprValue('FRBRdate', 'date') ?? null,
        title,
        verification: 'NEEDS_REVIEW',
      },
    },
  ]
  const seen = new Set<string>()
  let order = 0
  const visit = (nodes: XmlNode[], parent: { eId: string; label: string | null } | null, trail: string) => {
    const counts: Record<string, number> = {}
    for (const node of nodes) {
      const tag = tagOf(node)
      if (!hierarchy.has(tag)) continue
      counts[tag] = (counts[tag] ?? 0) + 1
      const children = childrenOf(node)
      const eId = attr(node, 'eId')
      const location = `${trail}/${tag}[${counts[tag]}]${eId ? ` (${eId})` : ''}`
      if (!eId) {
        problems.push({ location, field: 'eId', message: 'The element has no eId attribute.' })
        continue
      }
      if (seen.has(eId)) {
        problems.push({ location, field: 'eId', message: `The eId "${eId}" is used twice in this document.` })
        continue
      }
      seen.add(eId)
      const num = textOf(childrenOf(find(children, 'num') ?? { num: [] })) || null
      const heading = textOf(childrenOf(find(children, 'heading') ?? { heading: [] })) || null
      const text = textOf(children.filter((child) => ownText.has(tagOf(child))))
      const label = citationLabel(tag, num, parent?.label ?? null)
      order += 1
      items.push({
        type: 'provisions',
        location,
        payload: {
          version: expressionUri,
          eId,
          parent: parent?.eId ?? null,
          num,
          heading,
          // Parts and chapters carry no text of their own; their heading stands in, marked as a summary.
          text: text || [num, heading].filter(Boolean).join(' — '),
          textKind: text ? 'VERBATIM' : 'SUMMARY',
          sortOrder: order,
          citation: label ? `${title}, ${label}` : `${title}, ${eId}`,
          verification: 'NEEDS_REVIEW',
        },
      })
      visit(children, { eId, label }, location)
    }
  }
  visit(childrenOf(body!), null, `${docTag}/body`)
  return { items, problems }
}
