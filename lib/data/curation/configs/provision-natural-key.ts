import type { Row } from '../curated-model'

/** Loads a linked provision's natural reference, "<expression uri>#<eId>". */
export const provisionRefSelect = {
  select: { eId: true, instrumentVersion: { select: { expressionUri: true } } },
} as const

type LinkedProvision = { eId: string; instrumentVersion: { expressionUri: string } } | null

export function provisionRefOf(row: Row, key: string): string | null {
  const provision = row[key] as LinkedProvision
  return provision ? `${provision.instrumentVersion.expressionUri}#${provision.eId}` : null
}
