/** URLs of public pages, built in one place so links never drift from routes. */
export const instrumentHref = (uri: string) => `/instruments${uri}`
export const provisionHref = (uri: string, eId: string) => `/instruments${uri}#${eId}`
export const jurisdictionHref = (code: string) => `/jurisdictions/${code}`
/** Treaty pages are addressed by the treaty's work URI: /treaties/akn/coe/treaty/2007/cets-201 */
export const treatyHref = (uri: string) => `/treaties${uri}`
/** A provision in the exact version a comparison showed (the instrument page shows the latest by default). */
export const provisionVersionHref = (uri: string, expressionUri: string, eId: string) =>
  `/instruments${uri}?version=${encodeURIComponent(expressionUri)}#${eId}`
/** The comparison pages; `query` is built by compareSearchParams in lib/schemas/compare.ts. */
export const compareHref = (path: '' | '/definitions' | '/ages' | '/diff' = '', query?: URLSearchParams) =>
  `/compare${path}${query && query.size ? `?${query}` : ''}`
/** Age benchmarks and the age-consistency check of one jurisdiction (linked from /ages and gap reports). */
export const compareAgesHref = (code: string) => `/compare/ages?j=${encodeURIComponent(code)}`
export const standardHref = (slug: string) => `/standards/${slug}`
export const jurisdictionGapsHref = (code: string) => `/jurisdictions/${code}/gaps`
/** The sign-in page, coming back to `returnTo` afterwards. */
export const signInHref = (returnTo: string) => `/sign-in?next=${encodeURIComponent(returnTo)}`
