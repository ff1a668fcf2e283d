import type { DataProvision } from '@/lib/schemas/dataset'

type FlatProvision = { node: DataProvision; parentEId: string | null; sortOrder: number }

/**
 * The provision tree of one instrument in document order (parents before children), which is
 * the order readers expect and lets one INSERT satisfy the parent foreign key. A repeated eId is
 * dropped with its subtree and reported, since (version, eId) must be unique.
 */
export function flattenProvisions(provisions: DataProvision[]) {
  const flat: FlatProvision[] = []
  const duplicates: string[] = []
  const seen = new Set<string>()
  const walk = (nodes: DataProvision[], parentEId: string | null) => {
    for (const node of nodes) {
      if (seen.has(node.eId)) {
        duplicates.push(node.eId)
        continue
      }
      seen.add(node.eId)
      flat.push({ node, parentEId, sortOrder: flat.length })
      walk(node.children ?? [], node.eId)
    }
  }
  walk(provisions, null)
  return { flat, duplicates }
}
