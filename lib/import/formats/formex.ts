import type { ImportProblem } from '../import-item'
import { EIdRegistry } from './eids'
import { euIdentityFromTitle, euWork } from './eu-work'
import type { LawAnnotation, LawDocument, LawNode } from './law-document'
import { toLanguage3 } from '@/lib/domain/languages'
import { toLawDate } from './read-law-date'
import { LawParseError } from './law-parse-error'
import { collapse, TextCollector, type TextRules } from './text-collector'
import { child, childrenNamed, descendant, elements, plainText, type XmlElement } from './xml-tree'

/**
 * EU Formex 4 <ACT> (the Publications Office's XML of the Official Journal) → LawDocument.
 * PREAMBLE (citations as text, each recital a unit), ENACTING.TERMS (DIVISION → chapter / section /
 * title / part by its printed title, ARTICLE, PARAG, ALINEA and LIST as text), FINAL and ANNEX.
 * Footnotes (NOTE) are annotations. Annexes published as separate files must be imported apart.
 */
const rules: TextRules = {
  block: new Set([
    'P',
    'ALINEA',
    'ITEM',
    'NP',
    'TXT',
    'TI',
    'STI',
    'PREAMBLE.INIT',
    'PREAMBLE.FINAL',
    'VISA',
    'GR.CONSID.INIT',
    'GR.SEQ',
    'PL.DATE',
    'SIGNATORY',
    'LIST',
    'QUOT.S',
    'FORMULA',
    'ROW',
    'TITLE',
    'ARTICLE',
    'PARAG',
    'DIVISION',
    'CONSID',
  ]),
  row: new Set(['ROW']),
  cell: new Set(['CELL']),
  label: new Set(['NO.P', 'NO.PARAG', 'TI.ART']),
  skip: new Set(['BIB.INSTANCE', 'IMG', 'INCL.ELEMENT']),
  lineBreak: new Set(['BR']),
  literal: (el) => {
    if (el.name !== 'QUOT.START' && el.name !== 'QUOT.END') return undefined
    const code = parseInt(el.attrs.CODE ?? '', 16)
    return Number.isFinite(code) ? String.fromCodePoint(code) : el.name === 'QUOT.START' ? '“' : '”'
  },
  ref: (el) => (el.name === 'REF.DOC.OJ' || el.name === 'REF.DOC.ECR' ? '' : undefined),
  annotation: (el, textOf) => (el.name === 'NOTE' ? { kind: 'footnote', text: textOf(el) } : undefined),
}

type Context = { ids: EIdRegistry }

function labelText(el: XmlElement | undefined, pre: LawAnnotation[]) {
  if (!el) return undefined
  const c = new TextCollector(rules)
  c.add(el.children)
  const r = c.result()
  pre.push(...(r.annotations ?? []))
  return r.text.replace(/\n/g, ' ') || undefined
}

function divisionTag(title: string | undefined) {
  const word = /^\s*(chapter|section|title|part|sub-?section)\b/i
    .exec(title ?? '')?.[1]
    ?.toLowerCase()
    .replace('-', '')
  return word ?? 'division'
}

function unit(
  el: XmlElement,
  tag: string,
  num: string | undefined,
  heading: string | undefined,
  skip: Set<XmlElement>,
  parent: string | undefined,
  ctx: Context,
  pre: LawAnnotation[],
): LawNode {
  // EU sections group articles (they are not numbered through the act): only articles are flat
  const eId = ctx.ids.assign(undefined, parent, tag, num, `${tag} ${num ?? ''}`, tag === 'article' ? undefined : parent)
  const node: LawNode = { eId, tag, ...(num ? { num } : {}), ...(heading ? { heading } : {}), text: '', children: [] }
  const collector = new TextCollector(rules)
  for (const c of el.children) {
    if (typeof c === 'string') collector.add([c])
    else if (skip.has(c)) continue
    else if (c.name === 'DIVISION' || c.name === 'ARTICLE' || c.name === 'PARAG' || c.name === 'CONSID')
      node.children.push(readElement(c, eId, ctx))
    else if (c.name === 'GR.CONSID') {
      for (const g of c.children)
        typeof g === 'string' || g.name !== 'CONSID' ? collector.add([g]) : node.children.push(readElement(g, eId, ctx))
    } else collector.element(c)
  }
  const r = collector.result()
  node.text = r.text
  if (r.refs) node.refs = r.refs
  const annotations = [...pre, ...(r.annotations ?? [])]
  if (annotations.length) node.annotations = annotations
  return node
}

function readElement(el: XmlElement, parent: string | undefined, ctx: Context): LawNode {
  const pre: LawAnnotation[] = []
  if (el.name === 'DIVISION') {
    const title = child(el, 'TITLE')
    const num = labelText(child(title, 'TI'), pre)
    const heading = labelText(child(title, 'STI'), pre)
    return unit(el, divisionTag(num), num, heading, new Set(title ? [title] : []), parent, ctx, pre)
  }
  if (el.name === 'ARTICLE') {
    const ti = child(el, 'TI.ART')
    const sti = child(el, 'STI.ART')
    return unit(
      el,
      'article',
      labelText(ti, pre),
      labelText(sti, pre),
      new Set([ti, sti].filter(Boolean) as XmlElement[]),
      parent,
      ctx,
      pre,
    )
  }
  if (el.name === 'PARAG') {
    const no = child(el, 'NO.PARAG')
    return unit(el, 'paragraph', labelText(no, pre), undefined, new Set(no ? [no] : []), parent, ctx, pre)
  }
  if (el.name === 'CONSID') {
    const np = child(el, 'NP')
    const no = child(np, 'NO.P')
    const body: XmlElement = np ? { ...np, children: np.children.filter((c) => c !== no) } : el
    return unit(body, 'recital', labelText(no, pre), undefined, new Set(), parent, ctx, pre)
  }
  return unit(el, 'hcontainer', undefined, undefined, new Set(), parent, ctx, pre)
}

export function parseFormex(root: XmlElement, warnings: ImportProblem[]): LawDocument {
  const bib = child(root, 'BIB.INSTANCE')
  const titleText = collapse(
    childrenNamed(child(child(root, 'TITLE'), 'TI'), 'P')
      .map((p) => plainText(p))
      .join(' '),
  )
  const id = euIdentityFromTitle(titleText)
  const noDoc = child(bib, 'NO.DOC')
  if (id && noDoc) {
    id.year = plainText(child(noDoc, 'YEAR')) || id.year
    id.number = plainText(child(noDoc, 'NO.CURRENT')) || id.number
  }
  if (!id)
    throw new LawParseError(
      'ACT/TITLE',
      `The act's title ("${titleText.slice(0, 80)}") does not name a Regulation, Directive or Decision ` +
        'with its number, so its work URI cannot be made.',
    )
  const date = toLawDate(child(bib, 'DATE')?.attrs.ISO)
  if (!date)
    warnings.push({
      location: 'BIB.INSTANCE/DATE',
      message: 'The act has no date in BIB.INSTANCE; the work is undated.',
    })
  const language = toLanguage3(plainText(child(bib, 'LG.DOC')) || 'en')
  const { work, expression } = euWork(id, titleText, date, language)
  const ctx: Context = { ids: new EIdRegistry(warnings) }
  const nodes: LawNode[] = []
  for (const part of elements(root)) {
    if (part.name === 'PREAMBLE')
      nodes.push(unit(part, 'preamble', undefined, undefined, new Set(), undefined, ctx, []))
    else if (part.name === 'ENACTING.TERMS') {
      const loose: XmlElement = { ...part, children: [] }
      const flush = () => {
        if (loose.children.length) {
          const node = unit(loose, 'hcontainer', undefined, undefined, new Set(), undefined, ctx, [])
          if (node.text || node.annotations) nodes.push(node)
        }
        loose.children = []
      }
      for (const c of part.children) {
        if (typeof c !== 'string' && (c.name === 'DIVISION' || c.name === 'ARTICLE')) {
          flush()
          nodes.push(readElement(c, undefined, ctx))
        } else loose.children.push(c)
      }
      flush()
    } else if (part.name === 'FINAL')
      nodes.push(unit(part, 'conclusions', undefined, undefined, new Set(), undefined, ctx, []))
    else if (part.name === 'ANNEX') {
      const pre: LawAnnotation[] = []
      const title = child(part, 'TITLE')
      const tis = childrenNamed(title, 'TI')
      nodes.push(
        unit(
          descendant(part, 'CONTENTS') ?? part,
          'annex',
          labelText(tis[0], pre),
          labelText(child(title, 'STI'), pre),
          new Set(title ? [title] : []),
          undefined,
          ctx,
          pre,
        ),
      )
    }
  }
  if (!descendant(root, 'ENACTING.TERMS')) warnings.push({ location: 'ACT', message: 'The act has no ENACTING.TERMS.' })
  return { format: 'formex', work, expression, nodes, warnings }
}
