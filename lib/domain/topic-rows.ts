/**
 * The rows of a compare-by-topic matrix: the chosen topic and all its sub-topics, depth first in
 * taxonomy order; no topic chosen means the whole tree.
 */
export type TopicNode = {
  id: string
  slug: string
  name: string
  description: string | null
  parentId: string | null
  sortOrder: number
}
export type TopicRow<T extends TopicNode = TopicNode> = { topic: T; depth: number; hasChildren: boolean }

export function buildTopicRows<T extends TopicNode>(topics: T[], rootSlug?: string): TopicRow<T>[] | null {
  const children = new Map<string | null, T[]>()
  const ids = new Set(topics.map((topic) => topic.id))
  for (const topic of topics) {
    // A topic whose parent is missing is shown as a root rather than lost.
    const parent = topic.parentId && ids.has(topic.parentId) ? topic.parentId : null
    const list = children.get(parent) ?? []
    list.push(topic)
    children.set(parent, list)
  }
  for (const list of children.values()) list.sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name))

  const rows: TopicRow<T>[] = []
  const visit = (topic: T, depth: number) => {
    const kids = children.get(topic.id) ?? []
    rows.push({ topic, depth, hasChildren: kids.length > 0 })
    for (const kid of kids) visit(kid, depth + 1)
  }
  if (rootSlug) {
    const root = topics.find((topic) => topic.slug === rootSlug)
    if (!root) return null
    visit(root, 0)
  } else {
    for (const topic of children.get(null) ?? []) visit(topic, 0)
  }
  return rows
}
