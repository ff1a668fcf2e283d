import type { z } from 'zod'
import type { dataTreatyFileSchema } from '@/lib/schemas/dataset'

export type TreatyActionType = z.infer<typeof dataTreatyFileSchema>['actions'][number]['action']

/**
 * Who is bound by a treaty, read from its recorded actions. Pure: the seed, the data check and
 * the tests share it, so "party" means the same thing everywhere.
 */
const CONSENT_ACTIONS: ReadonlySet<TreatyActionType> = new Set([
  'ratification',
  'accession',
  'acceptance',
  'approval',
  'succession',
])

type ActionLike = { jurisdiction: string; action: TreatyActionType; date?: string | null }

export type TreatyStatusSummary = {
  /** consent to be bound, not followed by a denunciation */
  parties: string[]
  /** signed, not (or no longer) a party */
  signatories: string[]
  /** parties whose consent carries no date at all */
  undatedParties: string[]
}

export function summariseTreatyActions(actions: ActionLike[]): TreatyStatusSummary {
  const byState = new Map<string, ActionLike[]>()
  for (const action of actions) byState.set(action.jurisdiction, [...(byState.get(action.jurisdiction) ?? []), action])
  const parties: string[] = []
  const signatories: string[] = []
  const undatedParties: string[] = []
  for (const [state, list] of byState) {
    const consents = list.filter((a) => CONSENT_ACTIONS.has(a.action))
    const denunciations = list.filter((a) => a.action === 'denunciation')
    // A denunciation ends the consent before it; an undated one is read as the latest event.
    const latestConsent = consents
      .map((a) => a.date ?? '')
      .sort()
      .at(-1)
    const denounced = denunciations.some((d) => !d.date || latestConsent === undefined || d.date >= latestConsent)
    if (consents.length && !denounced) {
      parties.push(state)
      if (consents.every((a) => !a.date)) undatedParties.push(state)
    } else if (list.some((a) => a.action === 'signature')) signatories.push(state)
  }
  const sort = (codes: string[]) => codes.sort((a, b) => a.localeCompare(b))
  return { parties: sort(parties), signatories: sort(signatories), undatedParties: sort(undatedParties) }
}

/** What the curated treaty files say about each (treaty, state) pair. */
export type CuratedTreatyCoverage = Map<string, { signature: boolean; consent: boolean }>

export function curatedTreatyCoverage(files: { treaty: string; actions: ActionLike[] }[]): CuratedTreatyCoverage {
  const coverage: CuratedTreatyCoverage = new Map()
  for (const file of files) {
    for (const action of file.actions) {
      const key = `${file.treaty}|${action.jurisdiction}`
      const entry = coverage.get(key) ?? { signature: false, consent: false }
      if (action.action === 'signature') entry.signature = true
      else entry.consent = true // consent or denunciation: either way the file speaks to the state's status
      coverage.set(key, entry)
    }
  }
  return coverage
}

/**
 * A coarser record (the year-only UN CSVs) gives way to a curated file only where that file already
 * says the same kind of thing: a curated signature does not hide the CSV's "state party" (a state
 * whose signature date we found but whose ratification date we did not is still a party), while a
 * curated consent hides both the CSV's party row and its "signatory" row.
 */
export function isCoveredByCurated(
  coverage: CuratedTreatyCoverage,
  treaty: string,
  jurisdiction: string,
  action: TreatyActionType,
): boolean {
  const entry = coverage.get(`${treaty}|${jurisdiction}`)
  if (!entry) return false
  return action === 'signature' ? entry.signature || entry.consent : entry.consent
}
