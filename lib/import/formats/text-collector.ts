import type { LawAnnotation, LawRef } from './law-document'
import type { XmlElement, XmlNode } from './xml-tree'

/**
 * Turns mixed content into a unit's text: block elements start a new line, table rows become one
 * line with cells joined by " | ", references are kept as { text, href } and notes (footnotes,
 * remarks, commentary) become annotations whose words are left out of the text.
 */
export type TextRules = {
  block: Set<string>
  row?: Set<string>
  cell?: Set<string>
  /** Labels (list item numbers): stay on the line of the text that follows them. */
  label?: Set<string>
  skip?: Set<string>
  /** Elements that end a line without content (<eol/>, <br/>) */
  lineBreak?: Set<string>
  ref?: (el: XmlElement) => string | undefined
  /** Elements that stand for characters (Formex <QUOT.START CODE="201C"/>) */
  literal?: (el: XmlElement) => string | undefined
  /** An annotation for this element, `null` to drop it silently, undefined when it is ordinary text. */
  annotation?: (el: XmlElement, textOf: (el: XmlElement) => string) => LawAnnotation | null | undefined
}

export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim()

export class TextCollector {
  private lines: string[] = []
  private line = ''
  private onlyLabel = false
  private rowDepth = 0
  private refDepth = 0
  refs: LawRef[] = []
  annotations: LawAnnotation[] = []

  constructor(private rules: TextRules) {}

  private flush() {
    const line = collapse(this.line)
    if (line) this.lines.push(line)
    this.line = ''
    this.onlyLabel = false
  }

  /** Plain text of an element under the same rules, without refs or nested annotations kept. */
  textOf = (el: XmlElement) => {
    const inner = new TextCollector(this.rules)
    inner.add(el.children)
    return inner.result().text.replace(/\n/g, ' ')
  }

  add(nodes: XmlNode[]) {
    for (const node of nodes) {
      if (typeof node === 'string') {
        this.line += node
        if (this.onlyLabel && node.trim()) this.onlyLabel = false
        continue
      }
      this.element(node)
    }
  }

  element(el: XmlElement) {
    const r = this.rules
    const name = el.name
    if (r.skip?.has(name)) return
    if (r.lineBreak?.has(name)) {
      if (this.rowDepth) this.line += ' '
      else this.flush()
      return
    }
    const literal = r.literal?.(el)
    if (literal !== undefined) {
      this.line += literal
      return
    }
    const note = r.annotation?.(el, this.textOf)
    if (note !== undefined) {
      if (note && note.text) this.annotations.push(note)
      return
    }
    const href = r.ref?.(el)
    if (href !== undefined) {
      const before = this.line.length
      this.refDepth++
      this.add(el.children)
      this.refDepth--
      const text = collapse(this.line.slice(before))
      // only the outermost of nested references is kept, so refs stay in document order
      if (text && href && !this.refDepth) this.refs.push({ text, href })
      return
    }
    if (r.row?.has(name)) {
      this.flush()
      this.rowDepth++
      this.add(el.children)
      this.rowDepth--
      this.flush()
      return
    }
    if (r.cell?.has(name)) {
      const before = collapse(this.line)
      // EUR-Lex lays lists out as two-column tables: "(a)" | "text" reads as "(a) text"
      if (before) this.line += /^(\([0-9a-z]{1,5}\)|[0-9a-z]{1,5}[.)]|[—–•-])$/i.test(before) ? ' ' : ' | '
      this.add(el.children)
      return
    }
    if (r.label?.has(name)) {
      if (!this.rowDepth) this.flush()
      this.add(el.children)
      this.line += ' '
      this.onlyLabel = Boolean(collapse(this.line))
      return
    }
    if (r.block.has(name) && !this.rowDepth) {
      if (!this.onlyLabel) this.flush()
      this.add(el.children)
      this.flush()
      return
    }
    if (r.block.has(name)) this.line += ' '
    this.add(el.children)
    if (r.block.has(name)) this.line += ' '
  }

  result(): { text: string; refs?: LawRef[]; annotations?: LawAnnotation[] } {
    this.flush()
    return {
      text: this.lines.join('\n'),
      ...(this.refs.length ? { refs: this.refs } : {}),
      ...(this.annotations.length ? { annotations: this.annotations } : {}),
    }
  }
}
