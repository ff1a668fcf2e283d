import { COUNTRY_CODES_FILE, M49_SOURCE_URL, readCountries } from '@/lib/dataset/countries'
import type { SeedContext } from './context'
import { openTable } from './table'

/**
 * All 249 ISO 3166-1 countries and territories with their UN M49 regions: states, dependent
 * territories with their sovereign, and other areas (Antarctica), as the reference classifies them.
 */
export async function seedCountries(ctx: SeedContext) {
  const { countries, issues } = readCountries(ctx.dataDir)
  for (const issue of issues)
    ctx.report.problems.push({ source: COUNTRY_CODES_FILE, record: 'country', message: issue })
  const table = await openTable(ctx, {
    model: 'jurisdiction',
    entity: 'Jurisdiction',
    key: (row) => row.code as string,
    curated: true,
  })
  const codes = new Set(countries.map((c) => c.code))
  const rows = countries.map(({ sovereign, ...country }) => ({
    id: table.idFor(country.code),
    ...country,
    sovereignId: sovereign && codes.has(sovereign) ? table.idFor(sovereign) : null,
    sourceUrl: M49_SOURCE_URL,
    verification: 'VERIFIED' as const,
  }))
  await table.sync(rows, COUNTRY_CODES_FILE)
  for (const row of rows) ctx.refs.jurisdictions.set(row.code, row.id)
}
