import type { ImportProblem } from '../import-item'
import { EIdRegistry } from './eids'
import type { LawAnnotation, LawDate, LawDocument, LawNode } from './law-document'
import { toLanguage3 } from '@/lib/domain/languages'
import { toLawDate } from './read-law-date'
import { LawParseError } from './law-parse-error'
import { collapse, TextCollector, type TextRules } from './text-collector'
import { child, childrenNamed, descendant, elements, plainText, type XmlElement } from './xml-tree'

/**
 * United States Legislative Markup (USLM 2.x, and the house.gov 1.0 namespace) → LawDocument.
 * A US Code title (<uscDoc>) is /akn/us/act/usc/title-{n} (kind CODE); a public law (<pLaw>) is
 * /akn/us/act/pl/{congress}/{number}. Notes, source credits and side notes are annotations; the
 * table of contents and page markers are left out.
 */
const HIERARCHY = new Set([
  'title',
  'subtitle',
  'chapter',
  'subchapter',
  'part',
  'subpart',
  'division',
  'subdivision',
  'article',
  'section',
  'subsection',
  'paragraph',
  'subparagraph',
  'clause',
  'subclause',
  'item',
  'subitem',
  'subsubitem',
  'level',
  'appendix',
  'schedule',
])

const rules: TextRules = {
  block: new Set([
    'p',
    'chapeau',
    'content',
    'continuation',
    'proviso',
    'listItem',
    'listContent',
    'quotedContent',
    'heading',
    'longTitle',
    'enactingFormula',
    'officialTitle',
    'docTitle',
    'signature',
    'list',
    'resolvingClause',
    ...HIERARCHY,
  ]),
  row: new Set(['tr']),
  cell: new Set(['td', 'th']),
  label: new Set(['num']),
  skip: new Set(['page', 'toc', 'img', 'layout', 'meta', 'endMarker']),
  lineBreak: new Set(['br']),
  ref: (el) => (el.name === 'ref' ? (el.attrs.href ?? '') : undefined),
  annotation: (el, textOf) => {
    if (el.name === 'note') return el.attrs.role === 'crossHeading' ? null : { kind: 'note', text: textOf(el) }
    if (el.name === 'footnote') return { kind: 'footnote', text: textOf(el) }
    if (el.name === 'sourceCredit' || el.name === 'sidenote') return { kind: 'note', text: textOf(el) }
    return undefined
  },
}

type Context = { ids: EIdRegistry }

function label(el: XmlElement | undefined, pre: LawAnnotation[]) {
  if (!el) return undefined
  const c = new TextCollector(rules)
  c.add(el.children)
  const r = c.result()
  pre.push(...(r.annotations ?? []))
  return r.text.replace(/\n/g, ' ') || undefined
}

function readUnit(el: XmlElement, parent: string | undefined, ctx: Context, tag = el.name): LawNode {
  const pre: LawAnnotation[] = []
  const num = label(child(el, 'num'), pre)
  const heading = label(child(el, 'heading'), pre)
  const eId = ctx.ids.assign(undefined, parent, tag, num, `${tag} ${num ?? ''}`)
  const node: LawNode = { eId, tag, ...(num ? { num } : {}), ...(heading ? { heading } : {}), text: '', children: [] }
  const collector = new TextCollector(rules)
  for (const c of el.children) {
    if (typeof c === 'string') collector.add([c])
    else if (c.name === 'num' || c.name === 'heading') continue
    else if (HIERARCHY.has(c.name)) node.children.push(readUnit(c, eId, ctx))
    else collector.element(c)
  }
  const r = collector.result()
  node.text = r.text
  if (r.refs) node.refs = r.refs
  const annotations = [...pre, ...(r.annotations ?? [])]
  if (annotations.length) node.annotations = annotations
  return node
}

const months: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
}

/** "Feb. 28, 2017" / "October 10, 2013" as printed in a public law's margin → LawDate */
function printedDate(text: string): LawDate | undefined {
  const m = /\b(Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),\s+(\d{4})\b/.exec(text)
  if (!m) return undefined
  return toLawDate(`${m[3]}-${months[m[1].slice(0, 3).toLowerCase()]}-${m[2].padStart(2, '0')}`)
}

export function parseUslm(root: XmlElement, warnings: ImportProblem[]): LawDocument {
  const meta = child(root, 'meta')
  const main = child(root, 'main')
  if (!main) throw new LawParseError(root.name, `The USLM document <${root.name}> has no <main> content.`)
  const ctx: Context = { ids: new EIdRegistry(warnings) }
  const language = toLanguage3(plainText(descendant(meta, 'language')) || root.attrs['xml:lang'] || 'en')
  const processed = toLawDate(plainText(child(meta, 'processedDate')))
  const nodes: LawNode[] = []
  let uri: string
  let kind: string
  let title: string
  let shortTitle: string | undefined
  let officialCitation: string
  let date: LawDate | undefined
  let asAt: LawDate | undefined

  if (root.name === 'uscDoc') {
    const titleNumber =
      plainText(child(meta, 'docNumber')) || (/\/us\/usc\/t(\w+)/.exec(root.attrs.identifier ?? '')?.[1] ?? '')
    if (!titleNumber)
      throw new LawParseError(
        'meta/docNumber',
        'The US Code document does not say which title it is (no <docNumber>, no identifier).',
      )
    uri = `/akn/us/act/usc/title-${titleNumber.toLowerCase()}`
    kind = 'CODE'
    const titleEl = child(main, 'title')
    const titleHeading = plainText(child(titleEl, 'heading'))
    title = `United States Code, Title ${titleNumber}${titleHeading ? ` — ${titleHeading}` : ''}`
    shortTitle = `Title ${titleNumber}`
    officialCitation = `${titleNumber} U.S.C.`
    asAt = processed
    warnings.push({
      location: 'meta/processedDate',
      message:
        "A US Code release gives no date of the law itself; the version is dated by the release's processing date.",
    })
  } else {
    const number =
      plainText(child(meta, 'docNumber')) ||
      plainText(descendant(child(root, 'preface'), 'docNumber'))
        .split(/[–-]/)
        .pop() ||
      ''
    const congress = plainText(child(meta, 'congress'))
    if (!number || !congress)
      throw new LawParseError(
        'meta',
        `The ${root.name} document does not give its congress and number (<congress>, <docNumber>).`,
      )
    const kindWord = /private/i.test(plainText(child(meta, 'publicPrivate'))) ? 'pvtl' : 'pl'
    uri = `/akn/us/act/${kindWord}/${congress}/${number}`
    kind = 'STATUTE'
    shortTitle = collapse(plainText(descendant(main, 'shortTitle')).replace(/^[“"]|[”"]$/g, '')) || undefined
    title = shortTitle ?? (plainText(descendant(main, 'officialTitle')) || plainText(descendant(meta, 'title')))
    officialCitation = `${kindWord === 'pl' ? 'Pub. L.' : 'Pvt. L.'} ${congress}–${number}`
    date =
      toLawDate(plainText(descendant(meta, 'date')) || plainText(descendant(meta, 'approvedDate'))) ??
      printedDate(plainText(child(main, 'longTitle')))
    if (!date)
      warnings.push({
        location: 'main/longTitle',
        message: 'The date the law was approved is not given in a form that can be read; the work is undated.',
      })
    asAt = date
  }

  for (const c of elements(main)) {
    if (c.name === 'longTitle' || c.name === 'enactingFormula' || c.name === 'resolvingClause') {
      const tag = c.name === 'longTitle' ? 'preface' : 'preamble'
      const unit = readUnit(c, undefined, ctx, tag)
      if (unit.text) nodes.push(unit)
    } else if (HIERARCHY.has(c.name)) nodes.push(readUnit(c, undefined, ctx))
    else if (c.name !== 'toc' && c.name !== 'page') {
      const unit = readUnit({ ...c, children: [c] }, undefined, ctx, 'hcontainer')
      if (unit.text) nodes.push(unit)
    }
  }
  for (const appendix of childrenNamed(root, 'appendix')) nodes.push(readUnit(appendix, undefined, ctx, 'attachment'))
  if (!nodes.length) warnings.push({ location: 'main', message: 'The document has no body text.' })

  return {
    format: 'uslm',
    work: {
      uri,
      country: 'us',
      kind,
      status: 'IN_FORCE',
      title,
      ...(shortTitle ? { shortTitle } : {}),
      officialCitation,
      ...(date ? { date } : {}),
    },
    expression: { uri: `${uri}/${language}@${asAt?.value ?? ''}`, language, ...(asAt ? { asAt } : {}), title },
    nodes,
    warnings,
  }
}
