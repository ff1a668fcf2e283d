/** URLs of public pages, built in one place so links never drift from routes. */
export const instrumentHref = (uri: string) => `/instruments${uri}`
export const provisionHref = (uri: string, eId: string) => `/instruments${uri}#${eId}`
export const jurisdictionHref = (code: string) => `/jurisdictions/${code}`
/** Treaty pages are addressed by the treaty's work URI: /treaties/akn/coe/treaty/2007/cets-201 */
export const treatyHref = (uri: string) => `/treaties${uri}`
