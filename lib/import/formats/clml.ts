import type { ImportProblem } from '../import-item'
import { EIdRegistry } from './eids'
import type { LawAnnotation, LawDate, LawDocument, LawNode } from './law-document'
import { toLanguage3 } from '@/lib/domain/languages'
import { toLawDate } from './read-law-date'
import { LawParseError } from './law-parse-error'
import { collapse, TextCollector, type TextRules } from './text-collector'
import { ukWorkFromUri } from './uk-mapping'
import { child, childrenNamed, descendant, elements, plainText, type XmlElement } from './xml-tree'

/**
 * UK Crown Legislation Markup Language (legislation.gov.uk data.xml) → LawDocument.
 * Part / Chapter / Pblock (cross-heading) / P1group / P1…P6 / Schedules become units; P1group with
 * a single P1 gives its title to that P1 as its heading. Commentaries (F, C, I, E … notes) and
 * footnotes are annotations; BlockAmendment and InlineAmendment text stays in the text (it is the
 * wording of the law). Enacted/made versus revised point in time comes from the DocumentURI.
 */
type Context = { ids: EIdRegistry; rules: TextRules; schedule: boolean; secondaryUnit: string; scope?: string }

const pLevels = /^P([1-6])$/
const bodyTags = ['', 'section', 'subsection', 'paragraph', 'subparagraph', 'clause', 'subclause']
const scheduleTags = ['', 'paragraph', 'subparagraph', 'clause', 'subclause', 'point', 'point']
const structural = new Set(['Part', 'Chapter', 'Pblock', 'PsubBlock', 'P1group', 'Schedule', 'Group'])

function rules(commentaries: Map<string, string>, footnotes: Map<string, string>): TextRules {
  return {
    block: new Set([
      'Text',
      'Para',
      'P',
      'ListItem',
      'BlockAmendment',
      'Title',
      'Tabular',
      'UnorderedList',
      'OrderedList',
      'P1',
      'P2',
      'P3',
      'P4',
      'P5',
      'P6',
      'P1group',
      'Pblock',
      'Part',
      'Chapter',
      'SignedSection',
      'Signatory',
      'Formula',
      'BlockText',
      'BlockExtract',
      'Figure',
      'Form',
      'IntroductoryText',
      'EnactingText',
      'LongTitle',
      'DateOfEnactment',
    ]),
    row: new Set(['tr']),
    cell: new Set(['td', 'th']),
    label: new Set(['Pnumber', 'Number']),
    skip: new Set(['Image', 'IncludedDocument']),
    lineBreak: new Set(['br']),
    ref: (el) => {
      if (el.name === 'Citation' || el.name === 'CitationSubRef' || el.name === 'ExternalLink')
        return el.attrs.URI ?? ''
      if (el.name === 'InternalLink') return el.attrs.Ref ? `#${el.attrs.Ref}` : ''
      return undefined
    },
    annotation: (el, textOf) => {
      if (el.name === 'CommentaryRef') {
        const text = commentaries.get(el.attrs.Ref ?? '')
        return text ? { kind: 'editorial', text } : null
      }
      if (el.name === 'FootnoteRef') {
        const text = footnotes.get(el.attrs.Ref ?? '')
        return text ? { kind: 'footnote', text } : null
      }
      if (el.name === 'Reference') return { kind: 'note', text: textOf(el) }
      return undefined
    },
  }
}

function labelOf(el: XmlElement | undefined) {
  if (!el) return undefined
  const text = plainText(el)
  if (!text) return undefined
  return `${el.attrs.PuncBefore ?? ''}${text}${el.attrs.PuncAfter ?? ''}`
}

function tagFor(el: XmlElement, ctx: Context): string {
  const level = pLevels.exec(el.name)
  if (level) {
    const n = Number(level[1])
    if (n === 1 && !ctx.schedule) return ctx.secondaryUnit
    return (ctx.schedule ? scheduleTags : bodyTags)[n]
  }
  if (el.name === 'Pblock' || el.name === 'PsubBlock' || el.name === 'P1group') return 'crossheading'
  if (el.name === 'Schedule') return 'schedule'
  return el.name.toLowerCase()
}

function readUnit(el: XmlElement, parent: string | undefined, ctx: Context, heading?: string): LawNode {
  const tag = tagFor(el, ctx)
  const titleEl = el.name === 'Schedule' ? path2(el, 'TitleBlock', 'Title') : child(el, 'Title')
  const collector = new TextCollector(ctx.rules)
  const pre: LawAnnotation[] = []
  const label = (e: XmlElement | undefined) => {
    if (!e) return undefined
    const c = new TextCollector(ctx.rules)
    c.add(e.children)
    const r = c.result()
    pre.push(...(r.annotations ?? []))
    const text = r.text.replace(/\n/g, ' ')
    return text ? `${e.attrs.PuncBefore ?? ''}${text}${e.attrs.PuncAfter ?? ''}` : undefined
  }
  const num = label(child(el, 'Pnumber') ?? child(el, 'Number'))
  const ownHeading = label(titleEl)
  const eId = ctx.ids.assign(undefined, parent, tag, num, `${tag} ${num ?? ''}`, ctx.scope)
  const inner: Context = el.name === 'Schedule' ? { ...ctx, schedule: true, scope: eId } : ctx
  const node: LawNode = {
    eId,
    tag,
    ...(num ? { num } : {}),
    ...((heading ?? ownHeading) ? { heading: heading ?? ownHeading } : {}),
    text: '',
    children: [],
  }
  const visit = (list: XmlElement['children']) => {
    for (const c of list) {
      if (typeof c === 'string') collector.add([c])
      else if (c.name === 'Pnumber' || c.name === 'Number' || c === titleEl || c.name === 'TitleBlock') continue
      else if (/^P[1-6]para$/.test(c.name) || c.name === 'ScheduleBody' || c.name === 'Schedules') visit(c.children)
      else if (c.name === 'P1group' && oneP1(c))
        node.children.push(readUnit(oneP1(c)!, eId, inner, collapse(label(child(c, 'Title')) ?? '') || undefined))
      else if (pLevels.test(c.name) || structural.has(c.name)) node.children.push(readUnit(c, eId, inner))
      else collector.element(c)
    }
  }
  visit(el.children)
  const result = collector.result()
  node.text = result.text
  if (result.refs) node.refs = result.refs
  const annotations = [...pre, ...(result.annotations ?? [])]
  if (annotations.length) node.annotations = annotations
  return node
}

const path2 = (el: XmlElement, a: string, b: string) => child(child(el, a), b)
const oneP1 = (group: XmlElement) => {
  const kids = elements(group).filter((e) => e.name !== 'Title')
  return kids.length === 1 && kids[0].name === 'P1' ? kids[0] : undefined
}

function readContainer(container: XmlElement | undefined, ctx: Context, nodes: LawNode[]) {
  for (const c of elements(container)) {
    if (c.name === 'P1group' && oneP1(c)) {
      const title = new TextCollector(ctx.rules)
      title.add(child(c, 'Title')?.children ?? [])
      nodes.push(readUnit(oneP1(c)!, undefined, ctx, title.result().text.replace(/\n/g, ' ') || undefined))
    } else if (pLevels.test(c.name) || structural.has(c.name)) nodes.push(readUnit(c, undefined, ctx))
    else if (c.name === 'Schedules' || c.name === 'ScheduleBody')
      readContainer(c, { ...ctx, schedule: c.name !== 'Schedules' || ctx.schedule }, nodes)
    else {
      const loose = readUnit({ name: 'hcontainer', ns: c.ns, attrs: {}, children: [c], pos: c.pos }, undefined, ctx)
      if (loose.text) nodes.push(loose)
    }
  }
}

const metaValue = (meta: XmlElement | undefined, name: string, attr = 'Value') => descendant(meta, name)?.attrs[attr]

export function parseClml(root: XmlElement, warnings: ImportProblem[]): LawDocument {
  const meta = child(root, 'Metadata')
  const uk = ukWorkFromUri(root.attrs.IdURI ?? plainText(descendant(meta, 'identifier')))
  if (!uk) {
    throw new LawParseError(
      'Legislation/@IdURI',
      `The document's legislation.gov.uk identifier ("${root.attrs.IdURI ?? 'none'}") is not one of the ` +
        'supported types ' +
        '(ukpga, ukla, asp, asc, anaw, mwa, nia, uksi, ssi, wsi, nisr).',
    )
  }
  const commentaries = new Map<string, string>()
  for (const c of childrenNamed(child(root, 'Commentaries'), 'Commentary'))
    commentaries.set(c.attrs.id ?? '', collapse(plainTextWithSpaces(c)))
  const footnotes = new Map<string, string>()
  for (const f of descendantsNamed(root, 'Footnote')) footnotes.set(f.attrs.id ?? '', collapse(plainTextWithSpaces(f)))
  const main = child(root, 'Primary') ?? child(root, 'Secondary')
  if (!main)
    throw new LawParseError(
      'Legislation',
      'The CLML document has neither <Primary> nor <Secondary> content ' +
        '(an EU or explanatory document is not supported).',
    )
  const minor = metaValue(meta, 'DocumentMinorType') ?? ''
  const secondaryUnit =
    main.name === 'Primary' ? 'section' : minor === 'order' ? 'article' : minor === 'rules' ? 'rule' : 'regulation'
  const ctx: Context = {
    ids: new EIdRegistry(warnings),
    rules: rules(commentaries, footnotes),
    schedule: false,
    secondaryUnit,
  }

  const enacted = toLawDate(metaValue(meta, 'EnactmentDate', 'Date') ?? metaValue(meta, 'Made', 'Date'))
  const documentUri = root.attrs.DocumentURI ?? ''
  const version = /\/(\d{4}-\d{2}-\d{2}|enacted|made|created|adopted)$/.exec(documentUri)?.[1]
  let asAt: LawDate | undefined
  if (version && /^\d/.test(version)) asAt = toLawDate(version)
  else if (version) asAt = enacted
  else asAt = toLawDate(root.attrs.RestrictStartDate ?? plainText(descendant(meta, 'valid')))
  if (!asAt)
    warnings.push({
      location: 'Legislation/@DocumentURI',
      message: 'The file does not say which point in time it shows; the version is undated (eng@).',
    })
  const language = toLanguage3(plainText(descendant(meta, 'language')) || root.attrs['xml:lang'] || 'en')
  const title = plainText(descendant(meta, 'title')) || plainText(descendant(main, 'Title'))
  const status = metaValue(meta, 'DocumentStatus') ?? ''

  const nodes: LawNode[] = []
  const prelims = child(main, 'PrimaryPrelims') ?? child(main, 'SecondaryPrelims')
  if (prelims) {
    const longTitle = child(prelims, 'LongTitle')
    if (longTitle) {
      const c = new TextCollector(ctx.rules)
      c.add(longTitle.children)
      const r = c.result()
      if (r.text)
        nodes.push({
          eId: ctx.ids.unique('preface'),
          tag: 'preface',
          text: r.text,
          ...(r.refs ? { refs: r.refs } : {}),
          ...(r.annotations ? { annotations: r.annotations } : {}),
          children: [],
        })
    }
    const preambleEl = child(prelims, 'PrimaryPreamble') ?? child(prelims, 'SecondaryPreamble')
    if (preambleEl) {
      const c = new TextCollector(ctx.rules)
      c.add(preambleEl.children)
      const r = c.result()
      if (r.text)
        nodes.push({
          eId: ctx.ids.unique('preamble'),
          tag: 'preamble',
          text: r.text,
          ...(r.refs ? { refs: r.refs } : {}),
          ...(r.annotations ? { annotations: r.annotations } : {}),
          children: [],
        })
    }
  }
  readContainer(child(main, 'Body'), ctx, nodes)
  readContainer(child(main, 'Schedules'), { ...ctx, schedule: true }, nodes)
  if (!nodes.length) warnings.push({ location: 'Legislation', message: 'The document has no body text.' })
  if (status === 'revised')
    warnings.push({
      location: 'ukm:DocumentStatus',
      message:
        'A revised (consolidated) text: prospective and repealed provisions are included ' +
        'as legislation.gov.uk shows them.',
    })

  return {
    format: 'clml',
    work: {
      uri: uk.uri,
      country: uk.country,
      kind: uk.kind,
      status: 'IN_FORCE',
      title: title || uk.officialCitation,
      officialCitation: uk.officialCitation,
      ...(enacted ? { date: enacted } : {}),
      officialUrl: uk.officialUrl,
    },
    expression: {
      uri: `${uk.uri}/${language}@${asAt?.value ?? ''}`,
      language,
      ...(asAt ? { asAt } : {}),
      ...(title ? { title } : {}),
    },
    nodes,
    warnings,
  }
}

function plainTextWithSpaces(el: XmlElement): string {
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

function descendantsNamed(el: XmlElement, name: string, out: XmlElement[] = []) {
  for (const c of elements(el)) {
    if (c.name === name) out.push(c)
    else descendantsNamed(c, name, out)
  }
  return out
}
