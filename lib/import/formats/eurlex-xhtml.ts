import type { ImportProblem } from '../import-item'
import { EIdRegistry } from './eids'
import { englishDate, euIdentityFromTitle, euWork } from './eu-work'
import type { LawAnnotation, LawDocument, LawNode } from './law-document'
import { toLanguage3 } from '@/lib/domain/languages'
import { toLawDate } from './read-law-date'
import { LawParseError } from './law-parse-error'
import { collapse, TextCollector, type TextRules } from './text-collector'
import { descendants, elements, plainText, type XmlElement } from './xml-tree'

/**
 * EUR-Lex XHTML (the Official Journal's HTML, generated from Formex) → LawDocument. Units are the
 * ELI subdivisions the HTML marks with ids: pbl (preamble), rct (recital), cpt / tis / prt / sct
 * (chapter, title, part, section), art (article), "001.002" (paragraph), anx (annex), fnp (final
 * part). Numbers and headings come from the oj-ti-* and eli-title paragraphs; footnote markers
 * become annotations with the footnote's text.
 */
const units: Record<string, string> = {
  pbl: 'preamble',
  rct: 'recital',
  cpt: 'chapter',
  tis: 'title',
  prt: 'part',
  sct: 'section',
  art: 'article',
  anx: 'annex',
  fnp: 'conclusions',
}

function unitTag(el: XmlElement) {
  const id = el.attrs.id ?? ''
  if (el.name !== 'div' || !id) return undefined
  if (/^\d{3}\.\d{3}$/.test(id)) return 'paragraph'
  const last = id.split('.').pop() ?? ''
  return units[/^([a-z]+)_/.exec(last)?.[1] ?? '']
}

const hasClass = (el: XmlElement, cls: string) => (el.attrs.class ?? '').split(/\s+/).includes(cls)

export function parseEurlexXhtml(root: XmlElement, warnings: ImportProblem[]): LawDocument {
  const notes = new Map<string, string>()
  for (const p of descendants(root, 'p').filter((p) => hasClass(p, 'oj-note'))) {
    const anchor = elements(p).find((e) => e.name === 'a')
    if (anchor?.attrs.id)
      notes.set(anchor.attrs.id, collapse(plainText({ ...p, children: p.children.filter((c) => c !== anchor) })))
  }
  const rules: TextRules = {
    block: new Set(['p', 'div', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'table']),
    row: new Set(['tr']),
    cell: new Set(['td', 'th']),
    skip: new Set(['img', 'col', 'hr', 'script', 'style', 'head']),
    lineBreak: new Set(['br']),
    ref: (el) =>
      el.name === 'a' && !hasClass(el, 'oj-note-tag') && !(el.attrs.href ?? '').startsWith('#ntr')
        ? (el.attrs.href ?? '')
        : undefined,
    annotation: (el) => {
      if (el.name !== 'a') return undefined
      const target = (el.attrs.href ?? '').replace(/^#/, '')
      if (!target.startsWith('ntr')) return undefined
      const text = notes.get(target)
      return text ? { kind: 'footnote', text } : null
    },
  }
  const ids = new EIdRegistry(warnings)
  const label = (el: XmlElement | undefined, pre: LawAnnotation[]) => {
    if (!el) return undefined
    const c = new TextCollector(rules)
    c.add(el.children)
    const r = c.result()
    pre.push(...(r.annotations ?? []))
    return r.text.replace(/\n/g, ' ') || undefined
  }
  const read = (el: XmlElement, tag: string, parent: string | undefined): LawNode => {
    const pre: LawAnnotation[] = []
    const kids = elements(el)
    const numEl = kids.find((k) => k.name === 'p' && /oj-ti-(art|section-1)|oj-doc-ti/.test(k.attrs.class ?? ''))
    const titleEl = kids.find((k) => k.name === 'div' && hasClass(k, 'eli-title'))
    let num = label(numEl, pre)
    const heading = label(titleEl, pre)
    const collector = new TextCollector(rules)
    const children: LawNode[] = []
    const eIdFor = () =>
      ids.assign(undefined, parent, tag, num, `${tag} ${num ?? ''}`, tag === 'article' ? undefined : parent)
    let eId: string | undefined
    const pending: XmlElement[] = []
    for (const c of el.children) {
      if (typeof c !== 'string' && (c === numEl || c === titleEl)) continue
      const childTag = typeof c === 'string' ? undefined : unitTag(c)
      if (childTag && typeof c !== 'string') {
        eId ??= eIdFor()
        children.push(read(c, childTag, eId))
      } else if (typeof c === 'string') collector.add([c])
      else pending.push(c) && collector.element(c)
    }
    const r = collector.result()
    let text = r.text
    if (tag === 'paragraph' || tag === 'recital') {
      const m = /^(\(?\d+[a-z]?[.)])\s+/.exec(text)
      if (m && !num) {
        num = m[1]
        text = text.slice(m[0].length)
      }
    }
    eId ??= eIdFor()
    const annotations = [...pre, ...(r.annotations ?? [])]
    return {
      eId,
      tag,
      ...(num ? { num } : {}),
      ...(heading ? { heading } : {}),
      text,
      ...(r.refs ? { refs: r.refs } : {}),
      ...(annotations.length ? { annotations } : {}),
      children,
    }
  }

  const mainTitle = descendants(root, 'div').find((d) => hasClass(d, 'eli-main-title'))
  const titleText = collapse(
    descendants(mainTitle, 'p')
      .map((p) => plainText(p))
      .join(' '),
  )
  const id = euIdentityFromTitle(titleText)
  if (!id)
    throw new LawParseError(
      'html/eli-main-title',
      `The act's title ("${titleText.slice(0, 80)}") does not name a Regulation, Directive or Decision ` +
        'with its number.',
    )
  const date = toLawDate(englishDate(titleText))
  if (!date)
    warnings.push({
      location: 'eli-main-title',
      message:
        'The date of the act could not be read from its title (only English titles are read); the work is undated.',
    })
  const lang = descendants(root, 'p').find((p) => hasClass(p, 'oj-hd-lg'))
  const language = toLanguage3(plainText(lang) || root.attrs.lang || root.attrs['xml:lang'] || 'en')
  const { work, expression } = euWork(id, titleText, date, language)

  const nodes: LawNode[] = []
  const walk = (el: XmlElement) => {
    for (const c of elements(el)) {
      const tag = unitTag(c)
      if (tag) nodes.push(read(c, tag, undefined))
      else if (c.name === 'div' && hasClass(c, 'eli-main-title')) continue
      else walk(c)
    }
  }
  const container = descendants(root, 'div').find((d) => hasClass(d, 'eli-container'))
  walk(container ?? root)
  if (!nodes.length)
    warnings.push({
      location: 'html',
      message: 'No ELI subdivisions (div ids art_1, cpt_1 …) were found: the text is not imported.',
    })
  return { format: 'eurlex-xhtml', work, expression, nodes, warnings }
}
