import { diffWordsWithSpace } from 'diff'

/**
 * Word-level diff of two law texts, using jsdiff (the `diff` package). diffWordsWithSpace, not
 * diffWords: only it rebuilds both texts exactly from the segments (tested). Whitespace is kept so the
 * result reads like the law; line breaks are normalised first so a re-wrapped text does not show
 * as changed throughout.
 */
export type DiffSegment = { kind: 'same' | 'added' | 'removed'; text: string }

const normalise = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .trim()

export function diffLawTexts(
  before: string,
  after: string,
): { segments: DiffSegment[]; added: number; removed: number; identical: boolean } {
  const changes = diffWordsWithSpace(normalise(before), normalise(after))
  const segments = changes.map(
    (change) =>
      ({ kind: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value }) as DiffSegment,
  )
  const words = (kind: DiffSegment['kind']) =>
    segments
      .filter((segment) => segment.kind === kind)
      .reduce((sum, segment) => sum + (segment.text.match(/\S+/g)?.length ?? 0), 0)
  const added = words('added')
  const removed = words('removed')
  return { segments, added, removed, identical: added === 0 && removed === 0 }
}
