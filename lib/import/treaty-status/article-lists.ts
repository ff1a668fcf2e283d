/**
 * Articles a reservation or declaration names, as LexBridge writes them ("9(4)", "20(1)(b)"):
 * "article 9, paragraph 4", "Article 20 (1) (b)", "articles 4, 6 and 9". Unique, in order of appearance.
 */
export function articlesIn(text: string): string[] {
  const found: string[] = []
  const add = (value: string) => !found.includes(value) && found.push(value)
  const pattern =
    /\barticles?\s+(\d+[A-Za-z]?)((?:\s*\(\s*[0-9a-z]+\s*\))*)(?:\s*,?\s*paragraphs?\s+(\d+)((?:\s*\(\s*[a-z]\s*\))*))?((?:\s*(?:,|and)\s*\d+[A-Za-z]?\b(?!\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)))*)/gi
  for (const match of text.matchAll(pattern)) {
    const brackets = (s: string | undefined) => (s ?? '').replace(/\s+/g, '')
    const paragraph = match[3] ? `(${match[3]})${brackets(match[4])}` : ''
    add(`${match[1]}${brackets(match[2])}${paragraph}`)
    for (const more of (match[5] ?? '').matchAll(/\d+[A-Za-z]?/g)) add(more[0])
  }
  return found
}

/** "4, 6, 9, 10" from a CoE "Articles concerned" line. */
export function articleList(text: string): string[] {
  return text
    .split(/[,;]|\band\b/)
    .map((part) => part.trim().replace(/\s+/g, ''))
    .filter((part) => /^[0-9]+[A-Za-z]?(\([0-9a-z]+\))*$/.test(part))
}
