/**
 * The pinpoint of one unit of a law ("s. 7(1)", "art. 5", "Part 2"), built from its tag, its
 * printed number and its parent's pinpoint; null when neither has one. A citation is the
 * instrument's short title + ", " + the pinpoint: "Data Protection Act 1998, s. 7(1)".
 */
const subUnits = ['subsection', 'paragraph', 'subparagraph', 'point', 'clause', 'item', 'indent']

export function pinpointOf(tag: string, num: string | null | undefined, parent: string | null): string | null {
  if (!num?.trim()) return parent
  const clean = num.replace(/\.$/, '').trim()
  if (tag === 'section') return /^(s\.|§|sec)/i.test(clean) ? clean : `s. ${clean}`
  if (tag === 'article') return /^art/i.test(clean) ? clean : `art. ${clean}`
  if (subUnits.includes(tag) && parent && !/^(part|chapter|title|book|schedule|annex)/i.test(parent)) {
    return `${parent}${clean.startsWith('(') ? clean : `(${clean})`}`
  }
  if (tag === 'schedule' || tag === 'attachment') return /^[A-Za-z]/.test(clean) ? clean : `Sch. ${clean}`
  return /^[A-Za-z§]/.test(clean) ? clean : `${tag.charAt(0).toUpperCase()}${tag.slice(1)} ${clean}`
}

export function citationOf(title: string, pinpoint: string | null, eId: string) {
  return `${title}, ${pinpoint ?? eId}`
}
