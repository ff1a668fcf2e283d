/** URLs of public pages, built in one place so links never drift from routes. */
export const instrumentHref = (uri: string) => `/instruments${uri}`
export const provisionHref = (uri: string, eId: string) => `/instruments${uri}#${eId}`
export const jurisdictionHref = (code: string) => `/jurisdictions/${code}`
/** Treaty pages are addressed by the treaty's work URI: /treaties/akn/coe/treaty/2007/cets-201 */
export const treatyHref = (uri: string) => `/treaties${uri}`
/** The per-jurisdiction age-consistency check (built on the compare branch). */
export const ageConsistencyHref = (code: string) => `/compare/ages?j=${encodeURIComponent(code)}`
export const standardHref = (slug: string) => `/standards/${slug}`
export const jurisdictionGapsHref = (code: string) => `/jurisdictions/${code}/gaps`
