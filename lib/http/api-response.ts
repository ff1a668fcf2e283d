/** Base URL for absolute links in exports: APP_URL when set, else the request's own origin. */
export function exportOrigin(request: Request, appUrl: string | undefined) {
  return (appUrl ?? new URL(request.url).origin).replace(/\/$/, '')
}
