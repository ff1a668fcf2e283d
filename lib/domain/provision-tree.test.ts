import { describe, expect, it } from 'vitest'
import { buildProvisionTree } from './provision-tree'

describe('buildProvisionTree', () => {
  it('nests children under their parent in the given order', () => {
    const tree = buildProvisionTree([
      { id: 'a', parentId: null },
      { id: 'a1', parentId: 'a' },
      { id: 'b', parentId: null },
      { id: 'a2', parentId: 'a' },
    ])
    expect(tree.map((n) => n.id)).toEqual(['a', 'b'])
    expect(tree[0].children.map((n) => n.id)).toEqual(['a1', 'a2'])
  })

  it('keeps a provision whose parent is not in the list at the top level', () => {
    const tree = buildProvisionTree([{ id: 'x', parentId: 'missing' }])
    expect(tree.map((n) => n.id)).toEqual(['x'])
  })
})
