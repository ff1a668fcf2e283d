import path from 'node:path'
import type { Dataset } from '@/lib/dataset/read-dataset'
import { curatedTreatyCoverage } from '@/lib/dataset/treaty-status'
import {
  UN_TREATY_FILES,
  UN_TREATY_FOLDER,
  parseUnTreatyStatus,
  readUnTreatyFile,
  splitByCuration,
} from '@/lib/dataset/un-treaty-status'
import { addProblem, type SeedContext } from './context'
import { openTable, type SeedRow } from './table'

/**
 * Year-only status of the CRC and its Optional Protocols for the 193 UN members, from the
 * third-party CSVs: the fallback for what treaties/{crc,opsc,opac,opic}.json do not describe yet
 * (decision 0705). Every row is NEEDS_REVIEW. A CSV row gives way to a curated file per kind of
 * action: a curated consent replaces the CSV's party and signatory rows, a curated signature only
 * the CSV's signatory row.
 */
export async function seedUnTreaties(ctx: SeedContext, dataset: Dataset) {
  const actions = await openTable(ctx, {
    model: 'treatyAction',
    entity: 'TreatyAction',
    key: (row) => row.id,
    curated: true,
  })
  const coverage = curatedTreatyCoverage(dataset.treaties.map(({ data }) => data))
  const rows: SeedRow[] = []
  for (const treaty of UN_TREATY_FILES) {
    const source = path.join(UN_TREATY_FOLDER, treaty.file)
    const text = readUnTreatyFile(ctx.dataDir, treaty)
    if (text === null) {
      ctx.report.warnings.push(`${source} not found: ${treaty.label} status not imported`)
      continue
    }
    const treatyId = ctx.refs.instruments.get(treaty.treaty)
    if (!treatyId) {
      ctx.report.warnings.push(
        `${treaty.label} (${treaty.treaty}) has no instrument in the dataset yet: ${source} not imported`,
      )
      continue
    }
    const parsed = parseUnTreatyStatus(text, treaty)
    ctx.report.fixes.push(...parsed.fixes)
    for (const issue of parsed.issues) addProblem(ctx, source, treaty.label, issue)
    const rowId = (action: { jurisdiction: string; action: string }) =>
      actions.idFor(`un-csv|${treaty.treaty}|${action.jurisdiction}|${action.action}`)
    const { kept, superseded } = splitByCuration(parsed.actions, treaty, coverage)
    for (const action of kept) {
      const jurisdictionId = ctx.refs.jurisdictions.get(action.jurisdiction)
      if (!jurisdictionId) {
        addProblem(
          ctx,
          source,
          `${treaty.label} ${action.jurisdiction}`,
          `jurisdiction "${action.jurisdiction}" not found`,
        )
        continue
      }
      rows.push({
        id: rowId(action),
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
    await removeSuperseded(ctx, treaty.label, superseded.map(rowId))
  }
  await actions.sync(rows, path.join('prisma', 'data', UN_TREATY_FOLDER))
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
    for (const row of stale)
      ctx.revisions.push({
        entityType: 'TreatyAction',
        entityId: row.id,
        action: 'DELETE',
        before: undefined,
        after: {},
      })
    ctx.report.warnings.push(
      `${label}: removed ${stale.length} year-only UN CSV row(s) now described by a curated treaty file`,
    )
  }
  ctx.log(`${label}: ${ids.length} UN CSV row(s) left to the curated treaty file`)
}
