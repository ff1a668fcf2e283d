import type { ImportProblem } from '../import-item'

/**
 * The one shape every official-format parser (Akoma Ntoso, UK CLML, USLM, EU Formex / EUR-Lex
 * XHTML, German gesetze-im-internet XML) returns, and the only thing the law import pipeline
 * reads. Parsers are pure: text in, this out — no database, no network.
 */
export type LawFormat = 'akn' | 'clml' | 'uslm' | 'formex' | 'eurlex-xhtml' | 'de-gii'

/** A date as precise as the source gives it: "2002", "2002-02" or "2002-02-28". */
export type LawDate = { value: string; precision: 'YEAR' | 'MONTH' | 'DAY' }

export type LawWork = {
  /** Akoma Ntoso work URI, e.g. /akn/gb/act/2023/50 or /akn/us/act/usc/title-1 */
  uri: string
  /** FRBRcountry or its equivalent, lower case as the source gives it: "gb", "za-cpt", "de", "eu", "us" */
  country: string
  /** InstrumentKind value (STATUTE, CODE, REGULATION, EU_REGULATION, DIRECTIVE, TREATY …) */
  kind: string
  /** InstrumentStatus value (IN_FORCE, DRAFT, REPEALED …) */
  status: string
  title: string
  shortTitle?: string
  /** How the publisher cites it: "Data Protection Act 1998 c. 29", "Regulation (EU) 2024/903", "1 U.S.C." */
  officialCitation?: string
  /** Date of the work (enactment / adoption / signature) */
  date?: LawDate
  /** The publisher's page for a human reader, when the file says it */
  officialUrl?: string
}

export type LawExpression = {
  /** Expression URI: work URI + "/" + language + "@" + date (date may be empty: "eng@") */
  uri: string
  /** ISO 639-3 (eng, deu, fra, ita …) */
  language: string
  /** Point in time of this text ("as at"), when the source gives one */
  asAt?: LawDate
  title?: string
}

export type LawAnnotation = { kind: 'remark' | 'footnote' | 'note' | 'editorial'; text: string }
export type LawRef = { text: string; href: string }

/** One hierarchical unit: part, chapter, section, article, paragraph, schedule, annex … */
export type LawNode = {
  /** Akoma Ntoso-style element id, unique in the document and stable across versions: sec_10__subsec_3 */
  eId: string
  /** The unit type in Akoma Ntoso vocabulary: part, chapter, subpart, section, subsection, article, paragraph, hcontainer, crossheading, attachment, schedule, preamble … */
  tag: string
  /** Number label as printed: "10", "(3)", "Art. 5", "§ 176" */
  num?: string
  heading?: string
  /** The unit's OWN words (intro, content, wrap-up; list items and table rows as lines joined by "\n"), not its children's */
  text: string
  refs?: LawRef[]
  annotations?: LawAnnotation[]
  children: LawNode[]
}

export type LawDocument = {
  format: LawFormat
  work: LawWork
  expression: LawExpression
  nodes: LawNode[]
  /** Non-fatal notes: elements skipped on purpose, metadata guessed, etc. */
  warnings: ImportProblem[]
}

/** Root cause first: problems[0] is the one a user must fix; nothing is imported on failure. */
export type LawParseResult = { ok: true; document: LawDocument } | { ok: false; problems: ImportProblem[] }
