import { AKN_HIERARCHY, AKN_NAMESPACES, LEXBRIDGE_NS } from './akn'
import type { LawAnnotation, LawDocument, LawNode, LawRef } from './law-document'

/**
 * Writes a LawDocument as Akoma Ntoso 3.0 XML so that parseLawDocument(serializeAkn(doc)) gives
 * doc back (format 'akn', warnings aside). Units become their AKN element, or an
 * <hcontainer name="{tag}"> when AKN has no such element (crossheading, regulation, recital …);
 * text lines become <p>s inside <content> (or <intro> before sub-units); refs are written around
 * the first matching words; remarks, footnotes and notes are written as <remark>, <authorialNote>
 * and <noteRef>s to <meta><notes>. What AKN has no field for (kind, status, citation, official
 * URL) goes in <proprietary> under the LexBridge namespace.
 */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const attachmentTags = new Set(['attachment', 'schedule', 'annex'])

const tag = (name: string, attrs: Record<string, string>) =>
  `<${name} ${Object.entries(attrs)
    .map(([k, v]) => `${k}="${esc(v)}"`)
    .join(' ')}/>`

type Identity = {
  workThis: string
  workUri: string
  exprThis: string
  exprUri: string
  workDate: string
  asAt: string
  manifestationDate: string
  country: string
  language: string
  workAliases?: Record<string, string | undefined>
  exprAliases?: Record<string, string | undefined>
}

const aliases = (list: Record<string, string | undefined> = {}) =>
  Object.entries(list)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => tag('FRBRalias', { name, value: value! }))
    .join('')

/** <identification> with FRBRWork, FRBRExpression and FRBRManifestation (an unknown date stays empty). */
function identification(o: Identity) {
  const author = tag('FRBRauthor', { href: '#lexbridge' })
  return [
    '<identification source="#lexbridge"><FRBRWork>',
    tag('FRBRthis', { value: o.workThis }) + tag('FRBRuri', { value: o.workUri }) + aliases(o.workAliases),
    tag('FRBRdate', { date: o.workDate, name: 'work' }) + author + tag('FRBRcountry', { value: o.country }),
    '</FRBRWork><FRBRExpression>',
    tag('FRBRthis', { value: o.exprThis }) + tag('FRBRuri', { value: o.exprUri }) + aliases(o.exprAliases),
    tag('FRBRdate', { date: o.asAt, name: 'asAt' }) + author + tag('FRBRlanguage', { language: o.language }),
    '</FRBRExpression><FRBRManifestation>',
    tag('FRBRthis', { value: `${o.exprUri}/main.xml` }) + tag('FRBRuri', { value: `${o.exprUri}.akn` }),
    tag('FRBRdate', { date: o.manifestationDate, name: 'export' }) + author,
    '</FRBRManifestation></identification>',
  ].join('')
}

class Writer {
  out: string[] = []
  notes: string[] = []
  private noteCount = 0

  /** Lines with refs wrapped in <ref> and annotations after the last line. */
  lines(node: LawNode, wrapper: 'content' | 'intro' | null) {
    const lines = node.text ? node.text.split('\n') : []
    const refs = [...(node.refs ?? [])]
    const parts: string[] = []
    let refIndex = 0
    for (const line of lines) {
      let at = 0
      let html = ''
      while (refIndex < refs.length) {
        const ref: LawRef = refs[refIndex]
        const found = ref.text ? line.indexOf(ref.text, at) : -1
        if (found === -1) break
        html += esc(line.slice(at, found)) + `<ref href="${esc(ref.href)}">${esc(ref.text)}</ref>`
        at = found + ref.text.length
        refIndex++
      }
      html += esc(line.slice(at))
      parts.push(html)
    }
    const notes = (node.annotations ?? []).map((a) => this.annotation(a)).join('')
    if (notes) {
      if (parts.length) parts[parts.length - 1] += notes
      else parts.push(notes)
    }
    const body = parts.map((p) => `<p>${p}</p>`).join('')
    if (!wrapper) return body
    return `<${wrapper}>${body || '<p/>'}</${wrapper}>`
  }

  annotation(a: LawAnnotation) {
    if (a.kind === 'remark') return `<remark>${esc(a.text)}</remark>`
    if (a.kind === 'footnote') return `<authorialNote marker="*"><p>${esc(a.text)}</p></authorialNote>`
    const id = `lexnote_${++this.noteCount}`
    this.notes.push(
      `<note eId="${id}" class="${a.kind === 'editorial' ? 'editorial' : 'note'}"><p>${esc(a.text)}</p></note>`,
    )
    return `<noteRef href="#${id}" class="${a.kind}"/>`
  }

  labels(node: LawNode) {
    const num = node.num ? `<num>${esc(node.num)}</num>` : ''
    return `${num}${node.heading ? `<heading>${esc(node.heading)}</heading>` : ''}`
  }

  unit(node: LawNode) {
    const element =
      AKN_HIERARCHY.has(node.tag) && node.tag !== 'hcontainer' && node.tag !== 'crossHeading' ? node.tag : 'hcontainer'
    const name = element === 'hcontainer' ? ` name="${esc(node.tag)}"` : ''
    this.out.push(`<${element} eId="${esc(node.eId)}"${name}>${this.labels(node)}`)
    if (node.children.length) {
      if (node.text || node.annotations?.length) this.out.push(this.lines(node, 'intro'))
      for (const c of node.children) this.unit(c)
    } else this.out.push(this.lines(node, 'content'))
    this.out.push(`</${element}>`)
  }
}

const within = (node: LawNode, prefix: string): boolean =>
  node.children.every((c) => c.eId.startsWith(`${prefix}__`) && within(c, prefix))
const plain = (node: LawNode) =>
  !node.children.length && !node.num && !node.heading && Boolean(node.text || node.annotations?.length)

export function serializeAkn(document: LawDocument): string {
  const { work, expression, nodes } = document
  // pure output (no clock): the manifestation carries the text's own date
  const manifestationDate = expression.asAt?.value ?? work.date?.value ?? ''
  const ids = {
    workUri: work.uri,
    exprUri: expression.uri,
    workDate: work.date?.value ?? '',
    asAt: expression.asAt?.value ?? '',
    manifestationDate,
    country: work.country,
    language: expression.language,
  }
  const w = new Writer()
  let start = 0
  const front: LawNode[] = []
  for (const tag of ['preface', 'preamble']) {
    if (nodes[start]?.tag === tag && plain(nodes[start])) front.push(nodes[start++])
  }
  let end = nodes.length
  const attachments: LawNode[] = []
  while (end > start && attachmentTags.has(nodes[end - 1].tag) && within(nodes[end - 1], nodes[end - 1].eId))
    attachments.unshift(nodes[--end])
  let conclusions: LawNode | undefined
  if (end > start && nodes[end - 1].tag === 'conclusions' && plain(nodes[end - 1])) conclusions = nodes[--end]

  for (const node of front) w.out.push(`<${node.tag} eId="${esc(node.eId)}">${w.lines(node, null)}</${node.tag}>`)
  w.out.push('<body>')
  for (const node of nodes.slice(start, end)) w.unit(node)
  w.out.push('</body>')
  if (conclusions) w.out.push(`<conclusions eId="${esc(conclusions.eId)}">${w.lines(conclusions, null)}</conclusions>`)
  if (attachments.length) {
    w.out.push('<attachments>')
    for (const a of attachments) {
      const docUri = `${work.uri}/${a.eId}`
      w.out.push(`<attachment eId="${esc(a.eId)}"><doc name="${a.tag}"><meta>`)
      w.out.push(identification({ ...ids, workThis: `${docUri}/main`, exprThis: `${docUri}/${expression.language}@` }))
      w.out.push('</meta>')
      if (a.num || a.heading) {
        const num = a.num ? `<p><docNumber>${esc(a.num)}</docNumber></p>` : ''
        w.out.push(`<preface>${num}${a.heading ? `<p><docTitle>${esc(a.heading)}</docTitle></p>` : ''}</preface>`)
      }
      w.out.push('<mainBody>', w.lines({ ...a, num: undefined, heading: undefined }, null))
      for (const c of a.children) w.unit(c)
      w.out.push('</mainBody></doc></attachment>')
    }
    w.out.push('</attachments>')
  }

  const lex = [
    `kind="${esc(work.kind)}"`,
    `status="${esc(work.status)}"`,
    work.officialCitation !== undefined ? `officialCitation="${esc(work.officialCitation)}"` : '',
    work.officialUrl !== undefined ? `officialUrl="${esc(work.officialUrl)}"` : '',
  ]
    .filter(Boolean)
    .join(' ')
  const meta = [
    '<meta>',
    identification({
      ...ids,
      workThis: `${work.uri}/main`,
      exprThis: `${expression.uri}/main`,
      workAliases: { title: work.title, shortTitle: work.shortTitle },
      exprAliases: { title: expression.title },
    }),
    w.notes.length ? `<notes source="#lexbridge">${w.notes.join('')}</notes>` : '',
    `<proprietary source="#lexbridge"><lex:work xmlns:lex="${LEXBRIDGE_NS}" ${lex}/></proprietary>`,
    '</meta>',
  ].join('')
  const head = `<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="${AKN_NAMESPACES[0]}">`
  return `${head}<act name="${esc(work.kind.toLowerCase())}">${meta}${w.out.join('')}</act></akomaNtoso>\n`
}
