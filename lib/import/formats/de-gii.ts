import type { ImportProblem } from '../import-item'
import { EIdRegistry } from './eids'
import type { LawAnnotation, LawDocument, LawNode } from './law-document'
import { toLawDate } from './read-law-date'
import { LawParseError } from './law-parse-error'
import { collapse, TextCollector, type TextRules } from './text-collector'
import { child, childrenNamed, descendant, descendants, plainText, type XmlElement } from './xml-tree'

/**
 * German federal law as published on gesetze-im-internet.de (gii-norm.dtd, root <dokumente>) →
 * LawDocument. The first <norm> describes the law; a norm with <gliederungseinheit> is a level of
 * the outline (Buch, Teil, Kapitel, Abschnitt, Titel …, nested by the length of its
 * gliederungskennzahl); a norm with <enbez> is a provision (§ → section, Art → article, Anlage →
 * schedule, Eingangsformel → preamble) under the last outline level. Paragraphs printed "(1) …"
 * become subsections. Footnotes (<fussnoten>, <FnR>) are annotations. The table of contents
 * (Inhaltsübersicht) is left out.
 */
const levelTags: [RegExp, string][] = [
  [/^Unterabschnitt/i, 'subdivision'],
  [/Abschnitt/i, 'division'],
  [/^Untertitel/i, 'subtitle'],
  [/Titel/i, 'title'],
  [/Buch/i, 'book'],
  [/Unterkapitel/i, 'subchapter'],
  [/Kapitel/i, 'chapter'],
  [/Teil/i, 'part'],
]

function slug(text: string) {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

export function parseDeGii(root: XmlElement, warnings: ImportProblem[]): LawDocument {
  const norms = childrenNamed(root, 'norm')
  if (!norms.length) throw new LawParseError('dokumente', 'The <dokumente> file holds no <norm>.')
  const head = child(norms[0], 'metadaten')
  const jurabk = plainText(child(head, 'jurabk'))
  if (!jurabk)
    throw new LawParseError(
      'dokumente/norm[1]/metadaten',
      "The first <norm> has no <jurabk> (the law's abbreviation), so the law cannot be identified.",
    )
  const footnotes = new Map<string, string>()
  for (const f of descendants(root, 'Footnote')) if (f.attrs.ID) footnotes.set(f.attrs.ID, collapse(plainText(f)))
  const rules: TextRules = {
    block: new Set(['P', 'DD', 'LA', 'Title', 'Subtitle', 'pre', 'table', 'DL']),
    row: new Set(['row']),
    cell: new Set(['entry']),
    label: new Set(['DT']),
    skip: new Set(['TOC', 'IMG', 'Footnotes', 'colspec']),
    lineBreak: new Set(['BR']),
    annotation: (el) => {
      if (el.name !== 'FnR') return undefined
      const text = footnotes.get(el.attrs.ID ?? '')
      return text ? { kind: 'footnote', text } : null
    },
  }
  const ids = new EIdRegistry(warnings)
  const notesOf = (norm: XmlElement): LawAnnotation[] => {
    const text = collapse(plainText(descendant(child(norm, 'textdaten'), 'fussnoten')))
    return text ? [{ kind: 'footnote', text }] : []
  }
  const nodes: LawNode[] = []
  const outline: { depth: number; node: LawNode }[] = []
  const place = (node: LawNode) => (outline.length ? outline[outline.length - 1].node.children : nodes).push(node)

  const date = toLawDate(plainText(child(head, 'ausfertigung-datum')))
  const prefaceText = new TextCollector(rules)
  prefaceText.add(descendant(child(child(norms[0], 'textdaten'), 'text'), 'Content')?.children ?? [])
  const preface = prefaceText.result()
  const prefaceNotes = notesOf(norms[0])
  if (preface.text || prefaceNotes.length) {
    nodes.push({
      eId: ids.unique('preface'),
      tag: 'preface',
      text: preface.text,
      ...(preface.refs ? { refs: preface.refs } : {}),
      ...(prefaceNotes.length || preface.annotations
        ? { annotations: [...(preface.annotations ?? []), ...prefaceNotes] }
        : {}),
      children: [],
    })
  }

  for (const norm of norms.slice(1)) {
    const meta = child(norm, 'metadaten')
    const unit = child(meta, 'gliederungseinheit')
    if (unit) {
      const code = plainText(child(unit, 'gliederungskennzahl'))
      const depth = Math.max(1, Math.ceil(code.length / 3))
      const num = plainText(child(unit, 'gliederungsbez')) || undefined
      const heading = plainText(child(unit, 'gliederungstitel')) || undefined
      const tag = levelTags.find(([re]) => re.test(num ?? ''))?.[1] ?? 'hcontainer'
      while (outline.length && outline[outline.length - 1].depth >= depth) outline.pop()
      const parent = outline.length ? outline[outline.length - 1].node.eId : undefined
      const node: LawNode = {
        eId: ids.assign(undefined, parent, tag, num, `${num ?? tag}`),
        tag,
        ...(num ? { num } : {}),
        ...(heading ? { heading } : {}),
        text: '',
        children: [],
      }
      const notes = notesOf(norm)
      if (notes.length) node.annotations = notes
      place(node)
      outline.push({ depth, node })
      continue
    }
    const enbez = plainText(child(meta, 'enbez'))
    if (/^Inhalts(übersicht|verzeichnis)/i.test(enbez)) {
      warnings.push({
        location: enbez,
        message: 'The table of contents (Inhaltsübersicht) is not imported: it repeats the headings.',
      })
      continue
    }
    const tag = /^§/.test(enbez)
      ? 'section'
      : /^Art/.test(enbez)
        ? 'article'
        : /^Anlage|^Anhang/.test(enbez)
          ? 'schedule'
          : /^Eingangsformel/.test(enbez)
            ? 'preamble'
            : /^Schlussformel/.test(enbez)
              ? 'conclusions'
              : 'hcontainer'
    const heading = plainText(child(meta, 'titel')) || undefined
    const num = tag === 'preamble' || tag === 'conclusions' || !enbez ? undefined : enbez
    const parent = outline.length ? outline[outline.length - 1].node.eId : undefined
    const eId = ids.assign(undefined, parent, tag, num ?? (enbez || undefined), `${enbez || heading || 'norm'}`)
    const node: LawNode = { eId, tag, ...(num ? { num } : {}), ...(heading ? { heading } : {}), text: '', children: [] }
    const content =
      descendant(child(child(norm, 'textdaten'), 'text'), 'Content') ?? child(child(norm, 'textdaten'), 'text')
    const own = new TextCollector(rules)
    let current: { node: LawNode; collector: TextCollector } | undefined
    const close = () => {
      if (!current) return
      const r = current.collector.result()
      current.node.text = r.text
      if (r.refs) current.node.refs = r.refs
      if (r.annotations) current.node.annotations = r.annotations
    }
    for (const c of content?.children ?? []) {
      const lead = typeof c === 'string' ? '' : plainText(c).slice(0, 12)
      const absatz = typeof c !== 'string' && c.name === 'P' ? /^\((\d+[a-z]?)\)\s*/.exec(lead) : null
      if (absatz && typeof c !== 'string') {
        close()
        const sub: LawNode = {
          eId: ids.assign(undefined, eId, 'subsection', absatz[1], `${enbez} (${absatz[1]})`),
          tag: 'subsection',
          num: `(${absatz[1]})`,
          text: '',
          children: [],
        }
        node.children.push(sub)
        const collector = new TextCollector(rules)
        collector.add(stripLead(c, absatz[0]).children)
        current = { node: sub, collector }
      } else if (current) current.collector.add([c])
      else own.add([c])
    }
    close()
    const r = own.result()
    node.text = r.text
    if (r.refs) node.refs = r.refs
    const annotations = [...(r.annotations ?? []), ...notesOf(norm)]
    if (annotations.length) node.annotations = annotations
    if (!enbez && !node.text && !node.children.length && !heading) continue
    place(node)
  }
  const amtabk = plainText(child(head, 'amtabk')) || undefined
  const title = plainText(child(head, 'langue')) || plainText(child(head, 'kurzue')) || jurabk
  const uri = `/akn/de/act/${date?.value ?? 'undated'}/${slug(jurabk)}`
  if (!date)
    warnings.push({
      location: 'metadaten/ausfertigung-datum',
      message: 'The law has no date of execution (ausfertigung-datum); its URI says "undated".',
    })
  const asAt = toLawDate(root.attrs.builddate)
  warnings.push({
    location: 'dokumente/@builddate',
    message: 'gesetze-im-internet.de gives no legal "as at" date; the version is dated by the file\'s build date.',
  })
  return {
    format: 'de-gii',
    work: {
      uri,
      country: 'de',
      kind: /gesetzbuch/i.test(title) ? 'CODE' : /verordnung/i.test(title) ? 'REGULATION' : 'STATUTE',
      status: 'IN_FORCE',
      title,
      shortTitle: plainText(child(head, 'kurzue')) || amtabk || jurabk,
      officialCitation: amtabk ?? jurabk,
      ...(date ? { date } : {}),
      officialUrl: `https://www.gesetze-im-internet.de/${jurabk.toLowerCase().replace(/\s+/g, '_')}/`,
    },
    expression: { uri: `${uri}/deu@${asAt?.value ?? ''}`, language: 'deu', ...(asAt ? { asAt } : {}), title },
    nodes,
    warnings,
  }
}

/** The paragraph without its printed "(1) " (the number becomes the subsection's num). */
function stripLead(p: XmlElement, lead: string): XmlElement {
  let left = lead.length
  const children = [...p.children]
  for (let i = 0; i < children.length && left > 0; i++) {
    const c = children[i]
    if (typeof c !== 'string') break
    const trimmed = c.replace(/^\s+/, '')
    const cut = Math.min(left, trimmed.length)
    children[i] = trimmed.slice(cut)
    left -= cut
  }
  return { ...p, children }
}
