import { expect, type Page } from '@playwright/test'

/**
 * Signs the browser in through Better Auth's own endpoint, so the session cookie is real.
 * Why not the sign-in page: on feat/curation as merged here, Better Auth trusts no origin when
 * APP_URL is unset (the e2e server), so the page's sign-in is refused; the endpoint called
 * without an Origin header and without cookies is not origin-checked. Switch to the page once
 * feat/curation's allowedHosts change is merged.
 */
export async function signIn(page: Page, user: { email: string; password: string }) {
  const response = await page.request.post('/api/auth/sign-in/email', { data: { email: user.email, password: user.password } })
  expect(response.status(), await response.text()).toBe(200)
}
