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

/**
 * Keeps only the marks on words that are part of what was searched for: an engine marks every
 * word of the query wherever it occurs (with synonyms, every word of every synonym: "sexual" in
 * "sexual assault" for a search for "sextortion"), while a phrase alternative matches only where
 * all its words stand together. A marked word stays marked when it belongs to a run of words
 * that spells one of `phrases` (each a list of words, compared by `sameWord`); marks are only
 * ever removed, never added, so a wrong guess of the comparison can only leave an extra mark.
 */
export function keepMatchedHighlights(snippet: string, phrases: string[][]): string {
  if (!snippet.includes(HIGHLIGHT_START) || !phrases.length) return snippet
  const tokens = tokenise(snippet)
  const words = tokens.filter((t) => t.word)
  const keep = new Set<Token>()
  for (let i = 0; i < words.length; i++) {
    for (const phrase of phrases) {
      if (i + phrase.length > words.length) continue
      const run = words.slice(i, i + phrase.length)
      if (!run.some((t) => t.marked)) continue
      if (run.every((t, k) => sameWord(t.text, phrase[k]))) for (const t of run) if (t.marked) keep.add(t)
    }
  }
  let out = ''
  for (const token of tokens) out += keep.has(token) ? `${HIGHLIGHT_START}${token.text}${HIGHLIGHT_END}` : token.text
  return out
}

/** The words of a query alternative, as keepMatchedHighlights compares them ("ai-generated" → ai, generated). */
export function phraseWords(alternative: string): string[] {
  return alternative.toLowerCase().match(WORD_CHARS) ?? []
}

type Token = { text: string; word: boolean; marked: boolean }
const WORD_CHARS = /[\p{L}\p{N}]+/gu

/** Words (letters and digits) and what lies between them, each word knowing whether it was marked. */
function tokenise(snippet: string): Token[] {
  const tokens: Token[] = []
  for (const segment of splitHighlights(snippet)) {
    let last = 0
    for (const match of segment.text.matchAll(WORD_CHARS)) {
      if (match.index > last) tokens.push({ text: segment.text.slice(last, match.index), word: false, marked: false })
      tokens.push({ text: match[0], word: true, marked: segment.highlighted })
      last = match.index + match[0].length
    }
    if (last < segment.text.length) tokens.push({ text: segment.text.slice(last), word: false, marked: false })
  }
  return tokens
}

/**
 * Two spellings of one word for highlighting: equal without case and accents, or sharing a stem of
 * four letters or more, the endings at most two and three letters ("extorting" / "extortion",
 * "photographs" / "photograph", "sexually" / "sexual"). Stemming is the engine's job; this only
 * has to tell the words of a phrase apart from unrelated ones.
 */
export function sameWord(a: string, b: string): boolean {
  const x = fold(a)
  const y = fold(b)
  if (x === y) return true
  let common = 0
  while (common < x.length && common < y.length && x[common] === y[common]) common++
  const [short, long] = [x.length - common, y.length - common].sort((m, n) => m - n)
  return common >= 4 && long <= 3 && short <= 2
}

const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
