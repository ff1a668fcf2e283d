import type { Dataset } from '@/lib/dataset/read-dataset'
import { addProblem, type SeedContext } from './context'
import { orNull } from './convert'
import { openTable, type SeedRow } from './table'

const SOURCE = 'prisma/data/crosswalks.json'

/** Crosswalks (groups of equivalent articles / criteria); an entry's id hashes its crosswalk and target. */
export async function seedCrosswalks(ctx: SeedContext, dataset: Dataset) {
  const crosswalks = await openTable(ctx, {
    model: 'crosswalk',
    entity: 'Crosswalk',
    key: (row) => row.slug as string,
    curated: false,
  })
  const entries = await openTable(ctx, {
    model: 'crosswalkEntry',
    entity: 'CrosswalkEntry',
    key: (row) => row.id,
    curated: false,
  })
  const rows = { crosswalks: [] as SeedRow[], entries: [] as SeedRow[] }
  for (const crosswalk of dataset.crosswalks) {
    const crosswalkId = crosswalks.idFor(crosswalk.slug)
    rows.crosswalks.push({
      id: crosswalkId,
      slug: crosswalk.slug,
      label: crosswalk.label,
      note: orNull(crosswalk.note),
    })
    for (const entry of crosswalk.entries) {
      const target = entry.provision ?? entry.criterion ?? ''
      const provisionId = entry.provision ? ctx.refs.provisions.get(entry.provision) : null
      const criterionId = entry.criterion ? ctx.refs.criteria.get(entry.criterion) : null
      if (provisionId === undefined || criterionId === undefined) {
        addProblem(
          ctx,
          SOURCE,
          `${crosswalk.slug} → ${target}`,
          `${entry.provision ? 'provision' : 'criterion'} "${target}" not found; entry skipped`,
        )
        continue
      }
      rows.entries.push({
        id: entries.idFor(`${crosswalk.slug}|${target}`),
        crosswalkId,
        provisionId,
        criterionId,
        note: orNull(entry.note),
      })
    }
  }
  await crosswalks.sync(rows.crosswalks, SOURCE)
  await entries.sync(rows.entries, SOURCE)
}
