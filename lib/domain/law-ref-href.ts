/**
 * Where a cross-reference in a published text points, as a link LexBridge can follow: "#sec_2"
 * (same text), an Akoma Ntoso URI ("/akn/za/act/2005/38#sec_1" → the instrument page), or a web
 * address. Anything else (a relative link only the publisher understands) is not linked.
 */
export function lawRefHref(href: string): string | null {
  const value = href.trim()
  if (/^#[\w.-]+$/.test(value)) return value
  if (value.startsWith('/akn/')) return `/instruments${value.replace(/\/!main/, '')}`
  if (/^https?:\/\//i.test(value)) return value
  return null
}
