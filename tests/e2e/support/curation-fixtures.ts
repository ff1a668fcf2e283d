import { expect, type Page } from '@playwright/test'
import type { Db } from '@/lib/db/prisma'
import type { Role } from '@/lib/auth/permissions'
import { insertUser } from '@/lib/data/user-accounts'
import { uniqueSuffix } from './database'

/** Curation test data: accounts made with Better Auth's own password hashing, and sign-in through the UI. */
export const PASSWORD = 'a long enough test password'

export async function createAccount(db: Db, role: Role) {
  const suffix = uniqueSuffix().toLowerCase()
  const name = `${role[0].toUpperCase()}${role.slice(1)} ${suffix.slice(-4)}`
  const email = `${role}-${suffix}@example.org`
  await insertUser(db, { name, email, password: PASSWORD, role })
  return { name, email, role }
}

let ipCounter = 0
/**
 * Each test signs in from its own client address (X-Forwarded-For), so the per-IP sign-in rate
 * limit sees separate clients, as it would in production, and tests do not throttle each other.
 */
export async function useOwnClientAddress(page: Page) {
  ipCounter += 1
  await page.setExtraHTTPHeaders({
    'x-forwarded-for': `10.${process.pid % 250}.${Math.floor(Math.random() * 250)}.${ipCounter % 250}`,
  })
}

export async function signIn(page: Page, account: { email: string }, next = '/admin') {
  await useOwnClientAddress(page)
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`)
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, '\\$&')}$`))
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true })
}
