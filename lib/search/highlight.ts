/**
 * Both engines mark matched words with two private-use characters instead of HTML, so data is
 * never parsed as markup: the page builds <mark> elements from these segments and React escapes
 * everything else.
 */
export const HIGHLIGHT_START = '\uE000'
export const HIGHLIGHT_END = '\uE001'

export type HighlightSegment = { text: string; highlighted: boolean }

export function splitHighlights(snippet: string): HighlightSegment[] {
  const segments: HighlightSegment[] = []
  let highlighted = false
  let current = ''
  const push = () => {
    if (!current) return
    const last = segments[segments.length - 1]
    if (last && last.highlighted === highlighted) last.text += current
    else segments.push({ text: current, highlighted })
    current = ''
  }
  for (const char of snippet) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_END) {
      push()
      highlighted = char === HIGHLIGHT_START
    } else current += char
  }
  push()
  return segments
}

/** The snippet as plain text (for the API's `snippetText` and for tests). */
export function stripHighlights(snippet: string): string {
  return snippet.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, '')
}
