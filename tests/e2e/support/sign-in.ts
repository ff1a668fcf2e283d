import { expect, type Page } from '@playwright/test'

/**
 * Signs the browser in through Better Auth's own endpoint (feat/curation), so the session cookie
 * is real. Replace with the sign-in page helper once /sign-in exists on main.
 */
export async function signIn(page: Page, user: { email: string; password: string }) {
  const response = await page.request.post('/api/auth/sign-in/email', { data: { email: user.email, password: user.password } })
  expect(response.status(), await response.text()).toBe(200)
}
