import type { ImportProblem } from '../import-item'

/**
 * eIds the Akoma Ntoso way (AKN naming convention): `{parent}__{abbreviation}_{number}`, the number
 * being the unit's printed number without brackets, dots or words ("(3)" → 3, "Article 5" → 5,
 * "§ 176a" → 176a), or the unit's position among its siblings of the same kind when unnumbered.
 * The file's own eId wins when it has one; a duplicate gets "_2", "_3" … in document order.
 */
const abbreviations: Record<string, string> = {
  article: 'art',
  attachment: 'att',
  book: 'book',
  chapter: 'chp',
  clause: 'cl',
  crossheading: 'crossheading',
  division: 'dvs',
  hcontainer: 'hcontainer',
  item: 'item',
  level: 'lvl',
  list: 'list',
  paragraph: 'para',
  part: 'part',
  point: 'point',
  preamble: 'preamble',
  preface: 'preface',
  rule: 'rule',
  schedule: 'sched',
  section: 'sec',
  subchapter: 'subchp',
  subclause: 'subcl',
  subdivision: 'subdvs',
  subparagraph: 'subpara',
  subpart: 'subpart',
  subsection: 'subsec',
  subtitle: 'subtitle',
  title: 'title',
  alinea: 'al',
  annex: 'annex',
  recital: 'recital',
  conclusions: 'conclusions',
  indent: 'indent',
  tome: 'tome',
  subrule: 'subrule',
}

export const eIdAbbreviation = (tag: string) => abbreviations[tag] ?? tag.toLowerCase().replace(/[^a-z0-9]+/g, '')

const numberWords = new RegExp(
  `^(${[
    'article|art|artikel|articolo|chapter|chapitre|section|sec|part|partie',
    'title|titre|book|schedule|annex|anlage|regulation|reg|rule|paragraph',
    'para|clause|division|subtitle|subchapter|subpart|item|point|recital|teil',
    'kapitel|unterkapitel|abschnitt|unterabschnitt|titel|untertitel|buch|§+',
  ].join('|')})\\.?\\s*`,
  'i',
)

export function eIdNumber(num: string | undefined) {
  if (!num) return ''
  const cleaned = num
    .trim()
    .replace(numberWords, '')
    .replace(/[()[\]]/g, '')
    .replace(/[.:,;–—-]+$/, '')
    .trim()
  return cleaned
    .replace(/\s+/g, '')
    .replace(/[^\p{L}\p{N}_.-]/gu, '')
    .toLowerCase()
}

const flat = new Set(['section', 'article', 'regulation', 'rule'])

export class EIdRegistry {
  private used = new Set<string>()
  private counters = new Map<string, number>()
  constructor(private warnings: ImportProblem[]) {}

  /** The eId for a unit: the file's own (made unique) or one derived from its parent, tag and number. */
  /**
   * `scope` is the enclosing schedule / attachment: sections, articles, regulations and rules are
   * numbered through the whole act, so their derived eId leaves out parts, chapters and
   * cross-headings (sec_5, not part_1__chp_2__sec_5) and stays stable when those are renumbered.
   */
  assign(
    own: string | undefined,
    parent: string | undefined,
    tag: string,
    num: string | undefined,
    location: string,
    scope?: string,
  ) {
    let eId = own?.trim()
    if (!eId) {
      if (flat.has(tag) && eIdNumber(num)) parent = scope
      const abbr = eIdAbbreviation(tag)
      let n = eIdNumber(num)
      if (!n) {
        const key = `${parent ?? ''}/${abbr}`
        const next = (this.counters.get(key) ?? 0) + 1
        this.counters.set(key, next)
        n = String(next)
      }
      eId = parent ? `${parent}__${abbr}_${n}` : `${abbr}_${n}`
    }
    return this.unique(eId, own ? location : undefined)
  }

  unique(eId: string, location?: string) {
    if (!this.used.has(eId)) {
      this.used.add(eId)
      return eId
    }
    let k = 2
    while (this.used.has(`${eId}_${k}`)) k++
    const unique = `${eId}_${k}`
    this.used.add(unique)
    if (location)
      this.warnings.push({
        location,
        message: `The eId "${eId}" is used twice in the file; the second becomes "${unique}".`,
      })
    return unique
  }
}
