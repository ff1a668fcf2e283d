import { expect, type Page } from '@playwright/test'

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Adds a jurisdiction (or a group) through the jurisdiction combobox: type, then pick the suggestion. */
export async function pickJurisdiction(page: Page, text: string, label: RegExp = /^Jurisdictions/) {
  const box = page.getByRole('combobox', { name: label })
  await box.fill(text)
  const option = page.getByRole('option', { name: new RegExp(`^${escapeRegExp(text)}`) }).first()
  await expect(option).toBeVisible()
  await option.click()
  await expect(box).toHaveValue('')
}
