import type { ImportProblem } from '../import-item'
import { EIdRegistry } from './eids'
import type { LawAnnotation, LawDate, LawDocument, LawNode, LawWork } from './law-document'
import { toLanguage3 } from '@/lib/domain/languages'
import { toLawDate } from './read-law-date'
import { LawParseError } from './law-parse-error'
import { collapse, TextCollector, type TextRules } from './text-collector'
import { ukWorkFromUri } from './uk-mapping'
import { child, childrenNamed, descendant, descendants, elements, plainText, type XmlElement } from './xml-tree'

/**
 * Akoma Ntoso 3.0 and 2.0 → LawDocument. Every hierarchical element becomes a LawNode; its own
 * words (intro, content, wrapUp, blockList items, table rows) its text; preface, preamble and
 * conclusions are nodes of their own; attachments / components (schedules, annexes) are top-level
 * nodes whose children are the attached document's units. Remarks, authorial notes and notes
 * referenced by <noteRef> are annotations, never text, titles or citation prefixes.
 */
export const AKN_NAMESPACES = ['http://docs.oasis-open.org/legaldocml/ns/akn/3.0', 'http://www.akomantoso.org/2.0']
export const LEXBRIDGE_NS = 'https://lexbridge.example/ns/akn-metadata'

export const AKN_HIERARCHY = new Set([
  'book',
  'tome',
  'part',
  'subpart',
  'title',
  'subtitle',
  'chapter',
  'subchapter',
  'division',
  'subdivision',
  'section',
  'subsection',
  'paragraph',
  'subparagraph',
  'article',
  'clause',
  'subclause',
  'point',
  'rule',
  'subrule',
  'level',
  'list',
  'alinea',
  'indent',
  'proviso',
  'transitional',
  'hcontainer',
  'crossHeading',
])
const labels = new Set(['num', 'heading', 'subheading'])
const attachmentNames = new Set(['attachments', 'components'])

function rules(notes: Map<string, LawAnnotation>): TextRules {
  return {
    block: new Set([
      'p',
      'item',
      'listIntroduction',
      'listWrapUp',
      'intro',
      'content',
      'wrapUp',
      'blockContainer',
      'tblock',
      'formula',
      'citation',
      'recital',
      'longTitle',
      'heading',
      'subheading',
      'blockList',
      'caption',
      'toc',
      'tocItem',
      'quotedStructure',
      'embeddedStructure',
      'container',
      ...AKN_HIERARCHY,
    ]),
    row: new Set(['tr']),
    cell: new Set(['td', 'th']),
    label: new Set(['num']),
    skip: new Set(['eop', 'img', 'meta']),
    lineBreak: new Set(['eol', 'br']),
    ref: (el) =>
      el.name === 'ref' || el.name === 'a'
        ? (el.attrs.href ?? '')
        : el.name === 'rref'
          ? (el.attrs.from ?? '')
          : undefined,
    annotation: (el, textOf) => {
      if (el.name === 'authorialNote') return { kind: 'footnote', text: textOf(el) }
      if (el.name === 'remark') return { kind: 'remark', text: textOf(el) }
      if (el.name === 'noteRef') return notes.get((el.attrs.href ?? '').replace(/^#/, '')) ?? null
      return undefined
    },
  }
}

type Context = { ids: EIdRegistry; rules: TextRules; warnings: ImportProblem[]; prefix?: string }

function tagOf(el: XmlElement) {
  if (el.name === 'crossHeading') return 'crossheading'
  if (el.name === 'hcontainer')
    return (
      (el.attrs.name ?? '')
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '-') || 'hcontainer'
    )
  return el.name
}

function ownEId(el: XmlElement, ctx: Context) {
  const own = el.attrs.eId ?? el.attrs.id
  if (!own || !ctx.prefix || own.startsWith(`${ctx.prefix}__`)) return own
  return `${ctx.prefix}__${own}`
}

function labelText(el: XmlElement | undefined, ctx: Context, annotations: LawAnnotation[]) {
  if (!el) return undefined
  if (el.children.length === 1 && typeof el.children[0] === 'string') return collapse(el.children[0]) || undefined
  const collector = new TextCollector(ctx.rules)
  collector.add(el.children)
  const result = collector.result()
  annotations.push(...(result.annotations ?? []))
  return result.text.replace(/\n/g, ' ') || undefined
}

function finish(node: LawNode, collector: TextCollector, preAnnotations: LawAnnotation[]) {
  const result = collector.result()
  node.text = result.text
  if (result.refs) node.refs = result.refs
  const annotations = [...preAnnotations, ...(result.annotations ?? [])]
  if (annotations.length) node.annotations = annotations
  return node
}

/** A hierarchical unit (or any element read like one: preamble, attachment body). */
function readUnit(el: XmlElement, tag: string, parent: string | undefined, ctx: Context, contentOf = el): LawNode {
  const pre: LawAnnotation[] = []
  let num: string | undefined
  let heading: string | undefined
  const collector = new TextCollector(ctx.rules)
  if (el.name === 'crossHeading') {
    heading = labelText(el, ctx, pre)
  } else {
    num = labelText(child(el, 'num'), ctx, pre)
    heading = labelText(child(el, 'heading'), ctx, pre)
    const sub = labelText(child(el, 'subheading'), ctx, pre)
    if (sub) heading = heading ? `${heading} — ${sub}` : sub
  }
  const eId = ctx.ids.assign(ownEId(el, ctx), parent, tag, num, `${tag} ${num ?? ''}`.trim(), ctx.prefix)
  const node: LawNode = { eId, tag, ...(num ? { num } : {}), ...(heading ? { heading } : {}), text: '', children: [] }
  if (el.name !== 'crossHeading') {
    for (const c of contentOf.children) {
      if (typeof c === 'string') collector.add([c])
      else if (contentOf === el && labels.has(c.name)) continue
      else if (AKN_HIERARCHY.has(c.name)) node.children.push(readUnit(c, tagOf(c), eId, ctx))
      else if (attachmentNames.has(c.name)) node.children.push(...readAttachments(c, eId, ctx))
      else collector.element(c)
    }
  }
  return finish(node, collector, pre)
}

/** body / mainBody: hierarchy units; runs of loose content become an hcontainer each. */
function readBody(body: XmlElement, ctx: Context, parent?: string): LawNode[] {
  const nodes: LawNode[] = []
  let loose: XmlElement | undefined
  const flushLoose = () => {
    if (loose) {
      const node = readUnit(loose, 'hcontainer', parent, ctx)
      if (node.text || node.annotations) nodes.push(node)
    }
    loose = undefined
  }
  for (const c of body.children) {
    if (typeof c !== 'string' && AKN_HIERARCHY.has(c.name)) {
      flushLoose()
      nodes.push(readUnit(c, tagOf(c), parent, ctx))
    } else if (typeof c !== 'string' && attachmentNames.has(c.name)) {
      flushLoose()
      nodes.push(...readAttachments(c, parent, ctx))
    } else if (typeof c !== 'string' || c.trim()) {
      loose ??= { name: 'hcontainer', ns: body.ns, attrs: {}, children: [], pos: body.pos }
      loose.children.push(c)
    }
  }
  flushLoose()
  return nodes
}

function attachmentTag(name: string | undefined) {
  if (/schedule/i.test(name ?? '')) return 'schedule'
  if (/annex|allegato|anhang/i.test(name ?? '')) return 'annex'
  return 'attachment'
}

function readAttachments(container: XmlElement, parent: string | undefined, ctx: Context): LawNode[] {
  const nodes: LawNode[] = []
  for (const wrapper of elements(container)) {
    if (wrapper.name === 'documentRef' || wrapper.name === 'componentRef') {
      ctx.warnings.push({
        location: wrapper.attrs.eId ?? wrapper.name,
        message:
          `<${wrapper.name}> points at a document outside this file (${wrapper.attrs.href ?? 'no href'}); ` +
          'it is not imported.',
      })
      continue
    }
    const doc = elements(wrapper).find((e) => child(e, 'mainBody') || child(e, 'body') || child(e, 'meta'))
    if (!doc) continue
    const pre: LawAnnotation[] = []
    const preface = child(doc, 'preface')
    const alias = descendants(child(doc, 'meta'), 'FRBRalias')
      .map((a) => a.attrs.value ?? '')
      .find((v) => v && !looksLikeId(v))
    const docName =
      doc.attrs.name && !/^(schedules?|annex(es)?|attachments?|appendix|main)$/i.test(doc.attrs.name)
        ? doc.attrs.name
        : undefined
    const num = labelText(child(wrapper, 'num'), ctx, pre) ?? labelText(descendant(preface, 'docNumber'), ctx, pre)
    let heading =
      labelText(child(wrapper, 'heading'), ctx, pre) ??
      labelText(descendant(preface, 'docTitle'), ctx, pre) ??
      (alias ? collapse(alias) : undefined) ??
      docName
    const subheading = labelText(child(wrapper, 'subheading'), ctx, pre)
    if (subheading) heading = heading ? `${heading} — ${subheading}` : subheading
    const tag = attachmentTag(doc.attrs.name)
    const own = wrapper.attrs.eId ?? wrapper.attrs.id
    const eId = ctx.ids.assign(
      own ? ownEId(wrapper, ctx) : undefined,
      parent,
      'attachment',
      undefined,
      `${tag} ${heading ?? ''}`.trim(),
    )
    const inner: Context = { ...ctx, prefix: eId }
    const body = child(doc, 'mainBody') ?? child(doc, 'body')
    const node: LawNode = { eId, tag, ...(num ? { num } : {}), ...(heading ? { heading } : {}), text: '', children: [] }
    if (body) {
      // Words before the first unit are the attachment's own text; units follow.
      const firstUnit = body.children.findIndex(
        (c) => typeof c !== 'string' && (AKN_HIERARCHY.has(c.name) || attachmentNames.has(c.name)),
      )
      const lead = firstUnit === -1 ? body.children : body.children.slice(0, firstUnit)
      const collector = new TextCollector(ctx.rules)
      collector.add(lead)
      const own = collector.result()
      node.text = own.text
      if (own.refs) node.refs = own.refs
      pre.push(...(own.annotations ?? []))
      if (firstUnit !== -1)
        node.children.push(...readBody({ ...body, children: body.children.slice(firstUnit) }, inner, eId))
    }
    for (const nested of elements(doc).filter((e) => attachmentNames.has(e.name)))
      node.children.push(...readAttachments(nested, eId, inner))
    if (pre.length) node.annotations = pre
    nodes.push(node)
  }
  return nodes
}

/** URN, ELI or URL aliases identify the work; they are not titles. */
const looksLikeId = (value: string) => /^(urn:|eli\/|https?:|\/akn\/)/.test(value.trim())

// ---- metadata --------------------------------------------------------------------------------

const value = (el: XmlElement | undefined, name: string, attr = 'value') =>
  child(el, name)?.attrs[attr]?.trim() || undefined

function kindOf(docType: string, name: string, uri: string) {
  const hint = `${name} ${uri.split('/').slice(3, 5).join(' ')}`
  if (/constitution/i.test(hint)) return 'CONSTITUTION'
  if (/treaty|convention/i.test(hint)) return 'TREATY'
  if (/directive/i.test(hint)) return 'DIRECTIVE'
  if (/\bcode\b|codice|gesetzbuch/i.test(hint)) return 'CODE'
  if (/by-?law|regulation|statutoryinstrument|\bsi\b|\bgn\b|\bnotice|\brules?\b|\border\b|decree|decreto/i.test(hint))
    return 'REGULATION'
  return docType === 'doc' ? 'GUIDELINE' : 'STATUTE'
}

function normaliseWorkUri(raw: string | undefined) {
  if (!raw) return undefined
  const uri = raw
    .trim()
    .replace(/\/main$/, '')
    .replace(/\/$/, '')
  if (uri.startsWith('/akn/')) return uri
  if (uri.startsWith('/')) return `/akn${uri}`
  return undefined
}

function slug(text: string) {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'untitled'
  )
}

export function parseAkn(root: XmlElement, warnings: ImportProblem[]): LawDocument {
  const docEl = elements(root).find((e) => !attachmentNames.has(e.name))
  if (!docEl)
    throw new LawParseError(
      'akomaNtoso',
      'The <akomaNtoso> element holds no document (expected <act>, <bill>, <doc> …).',
    )
  if (!child(docEl, 'meta'))
    throw new LawParseError(
      `akomaNtoso/${docEl.name}`,
      `The <${docEl.name}> document has no <meta> block, so it has no FRBR identity (work URI, country, date).`,
    )
  const meta = child(docEl, 'meta')
  const identification = child(meta, 'identification')
  const frbrWork = child(identification, 'FRBRWork')
  const frbrExpression = child(identification, 'FRBRExpression')
  if (!frbrWork)
    throw new LawParseError(
      'meta/identification',
      'The file has no <FRBRWork> in <meta><identification>: the work it belongs to is unknown.',
    )

  const notes = new Map<string, LawAnnotation>()
  for (const note of childrenNamed(child(meta, 'notes'), 'note')) {
    const id = note.attrs.eId ?? note.attrs.id
    const kind = /commentary|editorial/i.test(note.attrs.class ?? '') ? 'editorial' : 'note'
    if (id) notes.set(id, { kind, text: collapse(plainTextLines(note)) })
  }
  const ctx: Context = { ids: new EIdRegistry(warnings), rules: rules(notes), warnings }

  // Work
  const preface = child(docEl, 'preface')
  const lexbridge = elements(child(meta, 'proprietary')).find((e) => e.name === 'work' && e.ns === LEXBRIDGE_NS)
  const rawUri = value(frbrWork, 'FRBRuri') ?? value(frbrWork, 'FRBRthis')
  const uk = ukWorkFromUri(rawUri)
  const aliases = childrenNamed(frbrWork, 'FRBRalias')
  const aliasShort = aliases.find((a) => a.attrs.name === 'shortTitle')?.attrs.value
  const aliasTitle = aliases.find(
    (a) =>
      a.attrs.name !== 'shortTitle' &&
      !/urn|eli|uri|^id$/i.test(a.attrs.name ?? '') &&
      !looksLikeId(a.attrs.value ?? ''),
  )?.attrs.value
  const shortTitle = collapse(aliasShort ?? plainText(descendant(preface, 'shortTitle'))) || undefined
  const title =
    collapse(aliasTitle ?? '') ||
    shortTitle ||
    plainText(descendant(preface, 'docTitle')) ||
    value(frbrWork, 'FRBRname') ||
    ''
  const countryRaw = value(frbrWork, 'FRBRcountry')?.toLowerCase()
  const workDateRaw = value(frbrWork, 'FRBRdate', 'date')
  const workDate = toLawDate(workDateRaw)
  if (workDateRaw && !workDate)
    warnings.push({
      location: 'FRBRWork/FRBRdate',
      message: `"${workDateRaw}" is not a date (expected 2002, 2002-02 or 2002-02-28); the work date is left empty.`,
    })
  let uri = uk?.uri ?? normaliseWorkUri(rawUri)
  const country = uk?.country ?? countryRaw ?? uri?.split('/')[2]
  if (!country)
    throw new LawParseError(
      'FRBRWork/FRBRcountry',
      'The work has no <FRBRcountry> and no /akn/{country}/… URI, so its jurisdiction is unknown.',
    )
  if (!uri) {
    uri = `/akn/${country}/${docEl.name}/${workDate?.value ?? 'undated'}/${slug(title)}`
    warnings.push({
      location: 'FRBRWork/FRBRuri',
      message: `The work has no /akn/ URI${rawUri ? ` ("${rawUri}")` : ''}; it is filed as ${uri}.`,
    })
  }
  if (!title)
    warnings.push({
      location: 'FRBRWork',
      message: 'The file gives no title (FRBRalias, shortTitle or docTitle); the work URI stands in for it.',
    })
  const subtype = value(frbrWork, 'FRBRsubtype') ?? ''
  const work: LawWork = {
    uri,
    country,
    kind: lexbridge?.attrs.kind ?? uk?.kind ?? kindOf(docEl.name, `${docEl.attrs.name ?? ''} ${subtype}`, uri),
    status: lexbridge?.attrs.status ?? (docEl.name === 'bill' ? 'DRAFT' : 'IN_FORCE'),
    title: title || uri,
    ...(shortTitle ? { shortTitle } : {}),
    ...(lexbridge
      ? lexbridge.attrs.officialCitation
        ? { officialCitation: lexbridge.attrs.officialCitation }
        : {}
      : uk
        ? { officialCitation: uk.officialCitation }
        : {}),
    ...(workDate ? { date: workDate } : {}),
    ...(lexbridge
      ? lexbridge.attrs.officialUrl
        ? { officialUrl: lexbridge.attrs.officialUrl }
        : {}
      : uk
        ? { officialUrl: uk.officialUrl }
        : {}),
  }
  if (!lexbridge && docEl.name !== 'bill')
    warnings.push({
      location: 'FRBRWork',
      message:
        'Akoma Ntoso does not say whether the act is in force; its status is set to IN_FORCE for a curator to confirm.',
    })

  // Expression
  const exprRaw = (value(frbrExpression, 'FRBRuri') ?? value(frbrExpression, 'FRBRthis') ?? '').replace(/\/main$/, '')
  const at = /\/([a-z]{2,3})@([^/]*)/.exec(exprRaw)
  const exprDateRaw = value(frbrExpression, 'FRBRdate', 'date')
  let asAt: LawDate | undefined
  if (at && at[2]) asAt = toLawDate(at[2]) ?? toLawDate(exprDateRaw)
  else if (!at) asAt = toLawDate(exprDateRaw)
  const language = toLanguage3(value(frbrExpression, 'FRBRlanguage', 'language') ?? at?.[1])
  const exprTitle =
    collapse(child(frbrExpression, 'FRBRalias')?.attrs.value ?? plainText(descendant(preface, 'docTitle'))) || undefined
  const expression = {
    uri: `${uri}/${language}@${asAt?.value ?? ''}`,
    language,
    ...(asAt ? { asAt } : {}),
    ...(exprTitle ? { title: exprTitle } : {}),
  }

  // Nodes, in document order
  const nodes: LawNode[] = []
  for (const part of elements(docEl)) {
    if (part.name === 'preface' || part.name === 'preamble' || part.name === 'conclusions') {
      const node = readUnit(part, part.name, undefined, ctx)
      if (node.text || node.children.length || node.annotations) nodes.push(node)
    } else if (
      part.name === 'body' ||
      part.name === 'mainBody' ||
      part.name === 'judgmentBody' ||
      part.name === 'debateBody'
    ) {
      nodes.push(...readBody(part, ctx))
    } else if (attachmentNames.has(part.name)) nodes.push(...readAttachments(part, undefined, ctx))
  }
  for (const part of elements(root).filter((e) => attachmentNames.has(e.name)))
    nodes.push(...readAttachments(part, undefined, ctx))
  if (!nodes.length) warnings.push({ location: docEl.name, message: 'The document has no body text.' })
  return { format: 'akn', work, expression, nodes, warnings }
}

function plainTextLines(el: XmlElement): string {
  const parts: string[] = []
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === 'string') parts.push(c)
      else {
        walk(c)
        parts.push(' ')
      }
    }
  }
  walk(el)
  return parts.join('')
}
