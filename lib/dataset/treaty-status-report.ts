import type { Dataset } from './read-dataset'
import { curatedTreatyCoverage, summariseTreatyActions, type TreatyActionType } from './treaty-status'
import { UN_TREATY_FILES, parseUnTreatyStatus, readUnTreatyFile, splitByCuration } from './un-treaty-status'

export type TreatyStatusRow = {
  treaty: string
  file: string
  statusAsOf: string | null
  parties: number
  signatories: number
  undatedParties: number
  verifiedActions: number
  actions: number
  /** CRC and its protocols: parties once the year-only UN CSV fills in what the file leaves out */
  partiesWithUnCsv: number | null
}

/** Per treaty file: how many parties and signatories it records, as data:check prints them. */
export function treatyStatusReport(dataset: Dataset, dataDir: string): TreatyStatusRow[] {
  const coverage = curatedTreatyCoverage(dataset.treaties.map(({ data }) => data))
  const rows = dataset.treaties.map(({ file, data }) => {
    const summary = summariseTreatyActions(data.actions)
    const un = UN_TREATY_FILES.find((candidate) => candidate.treaty === data.treaty)
    const text = un ? readUnTreatyFile(dataDir, un) : null
    let partiesWithUnCsv: number | null = null
    if (un && text !== null) {
      const { kept } = splitByCuration(parseUnTreatyStatus(text, un).actions, un, coverage)
      const fallback = kept.map((a) => ({
        jurisdiction: a.jurisdiction,
        action: a.action as TreatyActionType,
        date: a.year ? String(a.year) : undefined,
      }))
      partiesWithUnCsv = summariseTreatyActions([...data.actions, ...fallback]).parties.length
    }
    return {
      treaty: data.treaty,
      file,
      statusAsOf: data.statusAsOf ?? null,
      parties: summary.parties.length,
      signatories: summary.signatories.length,
      undatedParties: summary.undatedParties.length,
      verifiedActions: data.actions.filter((a) => a.verification === 'verified').length,
      actions: data.actions.length,
      partiesWithUnCsv,
    }
  })
  return rows.sort((a, b) => a.treaty.localeCompare(b.treaty))
}
