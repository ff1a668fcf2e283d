import { expect, type Page } from '@playwright/test'

/** Signs in through the sign-in page (feat/curation), then lands on `next`. */
export async function signIn(page: Page, user: { email: string; password: string }, next = '/drafts') {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`)
  await page.getByLabel('Email').fill(user.email)
  await page.getByLabel('Password').fill(user.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/]/g, '\\/')}$`))
}
