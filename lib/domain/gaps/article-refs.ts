/**
 * Treaty article references as written in reservations and criterion elements: "20(3)",
 * "9(2)(b)", "art. 9(1)(e)". Normalised to a path of parts so "20" is the parent of "20(3)".
 */
export function normaliseArticle(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/^(articles?|arts?\.?)\s*/, '')
    .replace(/\s+/g, '')
}

function articleParts(value: string): string[] {
  const normal = normaliseArticle(value)
  const match = /^(\d+[a-z]?)((\([a-z0-9]+\))*)$/.exec(normal)
  if (!match) return [normal]
  const subs = match[2].match(/\([a-z0-9]+\)/g) ?? []
  return [match[1], ...subs.map((s) => s.slice(1, -1))]
}

/** True when `ancestor` is `article` or contains it ("20" contains "20(3)"; "20(3)" contains "20(3)(a)"). */
export function containsArticle(ancestor: string, article: string): boolean {
  const a = articleParts(ancestor)
  const b = articleParts(article)
  return a.length <= b.length && a.every((part, i) => part === b[i])
}

/** Either contains the other. */
export function articlesOverlap(x: string, y: string): boolean {
  return containsArticle(x, y) || containsArticle(y, x)
}

/**
 * The article numbers cited in a free-text reference such as "Lanzarote Convention, arts. 3(a)
 * and 20(2)" or "UN Convention against Cybercrime, art. 14(2) and 14(3)(a)".
 */
export function parseArticleRefs(text: string | null): string[] {
  if (!text) return []
  const afterArt = text
    .split(/\barts?\.\s*/i)
    .slice(1)
    .join(' ')
  return [...afterArt.matchAll(/\b(\d+[a-z]?(?:\([a-z0-9]+\))*)/gi)].map((m) => normaliseArticle(m[1]))
}
