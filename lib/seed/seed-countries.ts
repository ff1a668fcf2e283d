import { COUNTRY_CODES_FILE, M49_SOURCE_URL, readCountries } from '@/lib/dataset/countries'
import type { SeedContext } from './context'
import { openTable } from './table'

/**
 * All 249 ISO 3166-1 countries and territories with their UN M49 regions. Every one is a
 * STATE row (territories included) so that treaty, membership and law records can point at it.
 */
export async function seedCountries(ctx: SeedContext) {
  const { countries, issues } = readCountries(ctx.dataDir)
  for (const issue of issues) ctx.report.problems.push({ source: COUNTRY_CODES_FILE, record: 'country', message: issue })
  const table = await openTable(ctx, { model: 'jurisdiction', entity: 'Jurisdiction', key: (row) => row.code as string, curated: true })
  const rows = countries.map((country) => ({
    id: table.idFor(country.code),
    ...country,
    kind: 'STATE' as const,
    sourceUrl: M49_SOURCE_URL,
    verification: 'VERIFIED' as const,
  }))
  await table.sync(rows, COUNTRY_CODES_FILE)
  for (const row of rows) ctx.refs.jurisdictions.set(row.code, row.id)
}
