import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { LawNode } from './law-document'

/**
 * Where the real published legal files live: ../shared/law-sources beside the main repository
 * (also found from a worktree one level deeper). Tests read them from there and skip when absent;
 * the repository never holds copies.
 */
const repoRoot = path.resolve(import.meta.dirname, '../../..')
export const LAW_SOURCES =
  [path.resolve(repoRoot, '../shared/law-sources'), path.resolve(repoRoot, '../../shared/law-sources')].find((dir) =>
    existsSync(dir),
  ) ?? path.resolve(repoRoot, '../shared/law-sources')

export const lawSourcesHas = (folder: string) => existsSync(path.join(LAW_SOURCES, folder))
export const readLawSource = (file: string) => readFileSync(path.join(LAW_SOURCES, file), 'utf8')
export const readFixture = (file: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', file), 'utf8')

/** Every node, depth first, in document order. */
export function allNodes(nodes: LawNode[], out: LawNode[] = []): LawNode[] {
  for (const node of nodes) {
    out.push(node)
    allNodes(node.children, out)
  }
  return out
}

export const countTag = (nodes: LawNode[], tag: string) => allNodes(nodes).filter((n) => n.tag === tag).length
export const byEId = (nodes: LawNode[], eId: string) => allNodes(nodes).find((n) => n.eId === eId)
