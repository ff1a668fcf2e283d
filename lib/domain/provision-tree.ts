/** Builds the provision hierarchy from a flat, ordered list (parents before or after children). */
export type TreeNode<T> = T & { children: TreeNode<T>[] }

export function buildProvisionTree<T extends { id: string; parentId: string | null }>(rows: T[]): TreeNode<T>[] {
  const nodes = new Map<string, TreeNode<T>>(rows.map((row) => [row.id, { ...row, children: [] }]))
  const roots: TreeNode<T>[] = []
  for (const row of rows) {
    const node = nodes.get(row.id)!
    const parent = row.parentId ? nodes.get(row.parentId) : undefined
    // A parent that is missing (unpublished, deleted) must not hide its children: show them at top level.
    if (parent && parent !== node) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}
