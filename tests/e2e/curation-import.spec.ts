import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { connectE2eDatabase, uniqueSuffix } from './support/database'
import { createAccount, screenshot, signIn } from './support/curation-fixtures'

const db = connectE2eDatabase()
test.afterAll(async () => {
  await db.$disconnect()
})

test('a CSV with one bad row is refused whole; the fixed file imports', async ({ page }) => {
  const suffix = uniqueSuffix()
    .replace(/[^A-Z]/g, '')
    .slice(-3)
    .padEnd(3, 'Q')
  const [a, b] = [`XC-${suffix}`, `XD-${suffix}`]
  const csv = (kind: string) =>
    Buffer.from(
      `Code,Name,Kind,Notes\n${a},Importland ${suffix},state,\n${b},Otherland ${suffix},${kind},"Notes, with a comma"\n`,
    )
  await signIn(page, await createAccount(db, 'reviewer'), '/admin/import')
  await expectNoSeriousA11yViolations(page)

  await page
    .getByLabel('File', { exact: true })
    .setInputFiles({ name: 'states.csv', mimeType: 'text/csv', buffer: csv('planet') })
  await expect(page.getByRole('combobox', { name: 'Kind' })).toHaveValue('kind')
  await page.getByRole('button', { name: 'Preview import' }).click()
  await expect(page.getByText('1 error', { exact: true })).toBeVisible()
  await expect(page.getByRole('row', { name: /row 3 Kind Choose one of/ })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Import \d+ records$/ })).toHaveCount(0)
  await expectNoSeriousA11yViolations(page)
  await screenshot(page, 'import-preview')

  // Asking the server to commit anyway writes nothing.
  const forced = await page.request.post('/api/admin/import', {
    headers: { origin: new URL(page.url()).origin },
    multipart: {
      file: { name: 'states.csv', mimeType: 'text/csv', buffer: csv('planet') },
      format: 'csv',
      type: 'jurisdictions',
      mapping: JSON.stringify({ Code: 'code', Name: 'name', Kind: 'kind', Notes: 'notes' }),
      mode: 'commit',
    },
  })
  const lines = (await forced.text())
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
  expect(lines.at(-1).report).toMatchObject({ committed: false })
  expect(await db.jurisdiction.count({ where: { code: { in: [a, b] } } })).toBe(0)

  await page
    .getByLabel('File', { exact: true })
    .setInputFiles({ name: 'states.csv', mimeType: 'text/csv', buffer: csv('state') })
  await page.getByRole('button', { name: 'Preview import' }).click()
  await expect(page.getByText('2 to create')).toBeVisible()
  await page.getByRole('button', { name: 'Import 2 records' }).click()
  await expect(page.getByRole('status')).toHaveText('Imported: 2 created, 0 changed, 0 unchanged.')
  expect((await db.jurisdiction.findUniqueOrThrow({ where: { code: b } })).notes).toBe('Notes, with a comma')
  await page.goto(`/jurisdictions/${a}`)
  await expect(page.getByRole('heading', { level: 1, name: `Importland ${suffix}` })).toBeVisible()
})

test('a file over the size limit is refused with a clear message', async ({ page }) => {
  await signIn(page, await createAccount(db, 'reviewer'), '/admin/import')
  await page
    .getByLabel('File', { exact: true })
    .setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.alloc(10 * 1024 * 1024 + 10, 'a') })
  await expect(page.getByRole('main').getByRole('alert')).toContainText('the limit is 10.0 MB')
})
