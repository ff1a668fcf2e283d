import { addProblem, type SeedContext } from './context'
import { countFor } from './report'

/**
 * Provision ↔ topic links. Only adds missing links: a link a curator added in the app is kept,
 * and a link removed from a data file has to be removed in the app too.
 */
export async function seedProvisionTopics(
  ctx: SeedContext,
  links: { provisionId: string; topics: string[]; file: string; record: string }[],
) {
  const counts = countFor(ctx.report, 'ProvisionTopic')
  const existing = new Set(
    (await ctx.tx.provisionTopic.findMany()).map((link) => `${link.provisionId}|${link.topicId}`),
  )
  const wanted = new Map<string, { provisionId: string; topicId: string }>()
  for (const link of links) {
    for (const slug of link.topics) {
      const topicId = ctx.refs.topics.get(slug)
      if (!topicId) {
        addProblem(ctx, link.file, link.record, `topic "${slug}" not found; link skipped`)
        continue
      }
      wanted.set(`${link.provisionId}|${topicId}`, { provisionId: link.provisionId, topicId })
    }
  }
  const missing = [...wanted].filter(([key]) => !existing.has(key)).map(([, link]) => link)
  if (missing.length) await ctx.tx.provisionTopic.createMany({ data: missing })
  counts.created += missing.length
  counts.unchanged += wanted.size - missing.length
}
