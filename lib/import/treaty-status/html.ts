/**
 * Just enough HTML reading for the depositaries' status pages: tables as rows of cell texts,
 * and the page as lines of text. Regular expressions, not a DOM: the pages are simple, generated
 * tables, and a parser here must never execute or fetch anything.
 */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
  eacute: 'é',
  egrave: 'è',
  ocirc: 'ô',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  ccedil: 'ç',
  iacute: 'í',
  aacute: 'á',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10),
      )
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

/** Visible text of an HTML fragment: tags dropped, block ends as line breaks, spaces collapsed per line. */
export function textOf(html: string, options: { dropSup?: boolean } = {}): string {
  let text = html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
  if (options.dropSup) text = text.replace(/<sup[\s\S]*?<\/sup>/gi, '')
  text = text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|tr|li|h[1-6]|table)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

export type HtmlTable = { rows: { cells: string[]; supCells: string[] }[]; start: number; end: number }

/** Every <table> of the page (not nested), each row's cells as text, and as text without <sup> footnote markers. */
export function tablesOf(html: string): HtmlTable[] {
  const tables: HtmlTable[] = []
  const pattern = /<table\b[\s\S]*?<\/table>/gi
  for (const match of html.matchAll(pattern)) {
    const rows = [...match[0].matchAll(/<tr\b[\s\S]*?<\/tr>/gi)].map((row) => {
      const cells = [...row[0].matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((cell) => cell[1])
      return {
        cells: cells.map((cell) => textOf(cell, { dropSup: true }).replace(/\n/g, ' ')),
        supCells: cells.map((cell) => textOf(cell).replace(/\n/g, ' ')),
      }
    })
    tables.push({ rows, start: match.index ?? 0, end: (match.index ?? 0) + match[0].length })
  }
  return tables
}

/** The page's address when it names one (<link rel="canonical"> or og:url). */
export function canonicalUrlOf(html: string): string | null {
  const link =
    /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html) ??
    /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(html)
  return link && /^https?:\/\//.test(link[1]) ? decodeEntities(link[1]) : null
}
