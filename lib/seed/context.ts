import type { Prisma } from '@/lib/generated/prisma/client'
import type { SeedReport } from './report'

type Tx = Prisma.TransactionClient

type RevisionDraft = {
  entityType: string
  entityId: string
  action: 'CREATE' | 'UPDATE' | 'DELETE'
  before: Prisma.InputJsonValue | undefined
  after: Prisma.InputJsonValue
}

/**
 * State shared by the seed steps of one run. `refs` map the dataset's natural references
 * (codes, slugs, URIs, "uri#eId") to database ids, filled by each step for the steps after it.
 */
export type SeedContext = {
  tx: Tx
  report: SeedReport
  revisions: RevisionDraft[]
  log: (line: string) => void
  dataDir: string
  refs: {
    jurisdictions: Map<string, string>
    topics: Map<string, string>
    concepts: Map<string, string>
    ageKinds: Map<string, string>
    instruments: Map<string, string>
    /** "<work uri>#<eId>" → provision id */
    provisions: Map<string, string>
    /** "<standard slug>/<criterion code>" → criterion id */
    criteria: Map<string, string>
    /** "<standard slug>/<criterion code>|<element code>" → element id */
    elements: Map<string, string>
  }
}

export function addProblem(ctx: SeedContext, source: string, record: string, message: string) {
  ctx.report.problems.push({ source, record, message })
}

/** Resolves an optional reference; records a problem and returns undefined when it dangles. */
export function resolveRef(
  ctx: SeedContext,
  map: Map<string, string>,
  ref: string | undefined,
  where: { source: string; record: string; what: string },
): string | null | undefined {
  if (!ref) return null
  const id = map.get(ref)
  if (!id) addProblem(ctx, where.source, where.record, `${where.what} "${ref}" not found`)
  return id
}
