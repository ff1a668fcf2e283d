import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { UN_TREATY_FILES, parseUnTreatyStatus } from '@/lib/dataset/un-treaty-status'
import { addProblem, type SeedContext } from './context'
import { openTable, type SeedRow } from './table'

const FOLDER = path.join('reference', 'un-treaties')

/**
 * Year-only status of the CRC and its Optional Protocols for the 193 UN members, from the
 * third-party CSVs. Every row is NEEDS_REVIEW with a note saying what the source cannot tell.
 * Skipped for a treaty whose instrument is not seeded yet, and for (treaty, state) pairs that a
 * curated treaties/*.json file already describes more precisely.
 */
export async function seedUnTreaties(ctx: SeedContext) {
  const actions = await openTable(ctx, { model: 'treatyAction', entity: 'TreatyAction', key: (row) => row.id, curated: true })
  const rows: SeedRow[] = []
  for (const treaty of UN_TREATY_FILES) {
    const source = path.join(FOLDER, treaty.file)
    const file = path.join(ctx.dataDir, source)
    if (!existsSync(file)) {
      ctx.report.warnings.push(`${source} not found: ${treaty.label} status not imported`)
      continue
    }
    const treatyId = ctx.refs.instruments.get(treaty.treaty)
    if (!treatyId) {
      ctx.report.warnings.push(`${treaty.label} (${treaty.treaty}) has no instrument in the dataset yet: ${source} not imported`)
      continue
    }
    const { actions: parsed, fixes, issues } = parseUnTreatyStatus(readFileSync(file, 'utf8'), treaty)
    ctx.report.fixes.push(...fixes)
    for (const issue of issues) addProblem(ctx, source, treaty.label, issue)
    const superseded: string[] = []
    for (const action of parsed) {
      if (ctx.curatedTreatyPairs.has(`${treaty.treaty}|${action.jurisdiction}`)) {
        superseded.push(actions.idFor(`un-csv|${treaty.treaty}|${action.jurisdiction}|${action.action}`))
        continue
      }
      const jurisdictionId = ctx.refs.jurisdictions.get(action.jurisdiction)
      if (!jurisdictionId) {
        addProblem(ctx, source, `${treaty.label} ${action.jurisdiction}`, `jurisdiction "${action.jurisdiction}" not found`)
        continue
      }
      rows.push({
        id: actions.idFor(`un-csv|${treaty.treaty}|${action.jurisdiction}|${action.action}`),
        treatyId,
        jurisdictionId,
        action: action.action.toUpperCase(),
        actionDate: action.year ? new Date(Date.UTC(action.year, 0, 1)) : null,
        datePrecision: 'YEAR',
        depositaryRef: null,
        note: action.note,
        sourceUrl: treaty.sourceUrl,
        lastVerifiedOn: null,
        verification: 'NEEDS_REVIEW',
      })
    }
    await removeSuperseded(ctx, treaty.label, superseded)
  }
  await actions.sync(rows, path.join('prisma', 'data', FOLDER))
}

/**
 * Year-only rows imported before a curated treaty file described the same state would now
 * duplicate it; they were created by the seed (hash ids), so the seed removes them again.
 */
async function removeSuperseded(ctx: SeedContext, label: string, ids: string[]) {
  if (!ids.length) return
  const stale = await ctx.tx.treatyAction.findMany({ where: { id: { in: ids } }, select: { id: true } })
  if (stale.length) {
    await ctx.tx.treatyAction.deleteMany({ where: { id: { in: stale.map((row) => row.id) } } })
    for (const row of stale) ctx.revisions.push({ entityType: 'TreatyAction', entityId: row.id, action: 'DELETE', before: undefined, after: {} })
    ctx.report.warnings.push(`${label}: removed ${stale.length} year-only UN CSV row(s) now described by a curated treaty file`)
  }
  ctx.log(`${label}: ${ids.length} state(s) left to the curated treaty file`)
}
