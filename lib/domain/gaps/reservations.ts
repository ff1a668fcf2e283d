import { articlesOverlap, containsArticle, normaliseArticle, parseArticleRefs } from './article-refs'
import type { ElementDef, ReservationInput } from './gap-inputs'

/**
 * Reservation rule (docs/gaps.md, "Reservations"). A reservation of jurisdiction J to the
 * standard's treaty covers element E on date D when all hold:
 *  1. its kind excludes or modifies legal effect: reservation, declaration or notification
 *     (an interpretative declaration only interprets, so it never covers);
 *  2. it is in effect on D: made on or before D (undated: from J's first consent to be bound, or
 *     always when that is not recorded either) and not withdrawn on or before D;
 *  3. it cites E.reservableArticle, or an article containing it ("20" covers "20(3)");
 *  4. scope: the other articles it cites (besides the enabling one) say what it applies to. With
 *     none, it covers every element that names the enabling article. Otherwise at least one must
 *     overlap an article the element is about (parsed from E.articleRef, without the enabling
 *     article); an element about nothing but the enabling article is covered.
 * So the US reservation ["9(4)", "9(2)(b)", "9(2)(c)"] covers Budapest 9(2)(b) and 9(2)(c) but
 * not 9(1)(e) possession, although all three elements are reservable under 9(4).
 */
export function isReservationInEffect(
  reservation: Pick<ReservationInput, 'madeOn' | 'withdrawnOn'>,
  date: Date,
  consentedOn: Date | null,
): boolean {
  const made = reservation.madeOn ?? consentedOn
  if (made && made.getTime() > date.getTime()) return false
  if (reservation.withdrawnOn && reservation.withdrawnOn.getTime() <= date.getTime()) return false
  return true
}

export function reservationCoversElement(
  reservation: Pick<ReservationInput, 'kind' | 'articles'>,
  element: Pick<ElementDef, 'reservableArticle' | 'articleRef'>,
): boolean {
  if (!element.reservableArticle || reservation.kind === 'INTERPRETATIVE_DECLARATION') return false
  const enabling = normaliseArticle(element.reservableArticle)
  const cited = reservation.articles.map(normaliseArticle)
  if (!cited.some((article) => containsArticle(article, enabling))) return false
  const scope = cited.filter((article) => !containsArticle(article, enabling))
  if (scope.length === 0) return true
  const about = parseArticleRefs(element.articleRef).filter((article) => article !== enabling)
  if (about.length === 0) return true
  return scope.some((s) => about.some((a) => articlesOverlap(s, a)))
}

/** The first reservation that covers the element on `date`, or null. */
export function findCoveringReservation(
  element: Pick<ElementDef, 'reservableArticle' | 'articleRef'>,
  reservations: ReservationInput[],
  date: Date,
  consentedOn: Date | null,
): ReservationInput | null {
  if (!element.reservableArticle) return null
  return (
    reservations.find((r) => reservationCoversElement(r, element) && isReservationInEffect(r, date, consentedOn)) ??
    null
  )
}
