/**
 * A readable excerpt of law text for a comparison cell: whole words, at most `max` characters,
 * an ellipsis when cut. Line breaks collapse to spaces (the full text keeps them).
 */
export function excerpt(text: string, max = 280): { text: string; truncated: boolean } {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return { text: flat, truncated: false }
  const cut = flat.slice(0, max + 1)
  const lastSpace = cut.lastIndexOf(' ')
  // A single very long word (a URL, a German compound) is cut mid-word rather than dropped.
  const head = (lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : flat.slice(0, max)).replace(/[\s,;:.–-]+$/, '')
  return { text: `${head}…`, truncated: true }
}
