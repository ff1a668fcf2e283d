/**
 * A jurisdiction's standing under a treaty, from its treaty actions (events, not a stored status):
 * the latest consent to be bound makes it a party unless a later denunciation ends that.
 */
export type Participation = 'PARTY' | 'SIGNATORY' | 'DENOUNCED' | 'NONE'
const consent = new Set(['RATIFICATION', 'ACCESSION', 'ACCEPTANCE', 'APPROVAL', 'SUCCESSION'])

export function treatyParticipation(actions: { action: string; actionDate: Date | null }[]): { status: Participation; since: Date | null } {
  const sorted = [...actions].sort((a, b) => (a.actionDate?.getTime() ?? 0) - (b.actionDate?.getTime() ?? 0))
  let result: { status: Participation; since: Date | null } = { status: 'NONE', since: null }
  for (const a of sorted) {
    if (consent.has(a.action)) result = { status: 'PARTY', since: a.actionDate }
    else if (a.action === 'DENUNCIATION') result = { status: 'DENOUNCED', since: a.actionDate }
    else if (a.action === 'SIGNATURE' && result.status === 'NONE') result = { status: 'SIGNATORY', since: a.actionDate }
  }
  return result
}

export const participationLabels: Record<Participation, string> = {
  PARTY: 'Party',
  SIGNATORY: 'Signed, not ratified',
  DENOUNCED: 'Denounced',
  NONE: 'Not a party',
}
