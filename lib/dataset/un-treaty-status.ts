import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { cell, parseCsvRecords } from './csv'
import { isCoveredByCurated, type CuratedTreatyCoverage } from './treaty-status'

/**
 * Ratification status of the CRC and its Optional Protocols from
 * prisma/data/reference/un-treaties (world-politics-datalab, June 2022, year only): the fallback
 * for states that the curated files treaties/{crc,opsc,opac,opic}.json do not yet describe
 * (decision 0705). The source has known defects (PROVENANCE.md); each is corrected here and
 * reported as a fix so nobody mistakes the corrected value for what the file said.
 */
export type UnTreatyFile = { file: string; treaty: string; label: string; sourceUrl: string }

const UNTC = 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&chapter=4&clang=_en&mtdsg_no='
export const UN_TREATY_FILES: UnTreatyFile[] = [
  { file: 'hr_status_crc.csv', treaty: '/akn/un/treaty/1989/crc', label: 'CRC', sourceUrl: `${UNTC}IV-11` },
  { file: 'hr_status_op_crc_sc.csv', treaty: '/akn/un/treaty/2000/opsc', label: 'OPSC', sourceUrl: `${UNTC}IV-11-c` },
  { file: 'hr_status_op_crc_ac.csv', treaty: '/akn/un/treaty/2000/opac', label: 'OPAC', sourceUrl: `${UNTC}IV-11-b` },
  { file: 'hr_status_op_crc_ic.csv', treaty: '/akn/un/treaty/2011/opic', label: 'OPIC', sourceUrl: `${UNTC}IV-11-d` },
]

type UnTreatyAction = {
  jurisdiction: string
  action: 'ratification' | 'succession' | 'signature'
  /** year of the action; null for signatures (the source has no signature dates) */
  year: number | null
  note: string
}

/** Withdrawn or malformed codes in the source and the ISO 3166-1 code they stand for. */
const CODE_FIXES: Record<string, { code: string; why: string }> = {
  TP: { code: 'TL', why: 'Timor-Leste is listed under the withdrawn ISO code TP' },
  S: { code: 'SS', why: 'South Sudan is listed under the code "S"' },
}

// Public notes: what a reader needs to weigh the row. Where the data came from and what to check
// next is curator business (PROVENANCE.md, docs/treaty-status-gaps.md), not part of the note.
const PARTY_NOTE =
  'State party. Year only, from a compilation of the UN Treaty Collection made in June 2022; it does not say whether the State ratified, acceded or succeeded, so the form shown is not confirmed.'
const SIGNATURE_NOTE =
  'Signatory, not a party, according to a compilation of the UN Treaty Collection made in June 2022, which gives no date of signature.'
const SERBIA_NOTE =
  "Succession (as the Federal Republic of Yugoslavia) in 2001; the compilation this row comes from gives 1991, the year of the former Socialist Federal Republic of Yugoslavia's ratification. Year only."

export function parseUnTreatyStatus(text: string, treaty: UnTreatyFile) {
  const actions: UnTreatyAction[] = []
  const fixes: string[] = []
  const issues: string[] = []
  const seen = new Set<string>()
  const where = `${treaty.file}`
  for (const [index, record] of parseCsvRecords(text).entries()) {
    const line = index + 2
    let code = cell(record, 'iso2') ?? ''
    const member = cell(record, 'member') ?? '?'
    const fix = CODE_FIXES[code]
    if (fix) {
      fixes.push(`${where} line ${line}: ${fix.why}; imported as ${fix.code}`)
      code = fix.code
    }
    if (!/^[A-Z]{2}$/.test(code)) {
      issues.push(`${where} line ${line}: unusable country code "${code}" (${member})`)
      continue
    }
    if (seen.has(code)) {
      issues.push(`${where} line ${line}: ${code} listed twice`)
      continue
    }
    seen.add(code)
    const flags = {
      party: cell(record, 'state party') === '1',
      signatory: cell(record, 'signatory') === '1',
      none: cell(record, 'no action') === '1',
    }
    const status = (cell(record, 'status') ?? '').toLowerCase()
    const yearText = cell(record, 'year ratification or accession')
    const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : null
    const kind =
      status === 'state party'
        ? 'party'
        : status === 'signatory state'
          ? 'signatory'
          : status === 'no action'
            ? 'none'
            : null
    if (!kind) {
      issues.push(`${where} line ${line}: ${code} has an unknown status "${status}"`)
      continue
    }
    // The status text is what the source's authors wrote by hand; the 0/1 flags were derived and are
    // sometimes wrong (KP in the CRC file, BE/BR/EC in OPIC), so the status wins when they disagree.
    const flagCount = Number(flags.party) + Number(flags.signatory) + Number(flags.none)
    if (flagCount !== 1 || !flags[kind]) {
      fixes.push(
        `${where} line ${line}: ${code} flags contradict the status (state party=${Number(flags.party)}, signatory=${Number(flags.signatory)}, no action=${Number(flags.none)}, status "${status}"${year ? `, year ${year}` : ''}); imported as ${status}`,
      )
    }
    if (kind === 'none') continue
    if (kind === 'signatory') {
      actions.push({ jurisdiction: code, action: 'signature', year: null, note: SIGNATURE_NOTE })
      continue
    }
    if (!year) {
      issues.push(`${where} line ${line}: ${code} is a state party without a year`)
      continue
    }
    // Serbia: the file carries the former Yugoslavia's 1991 ratification; the UN lists Serbia's own
    // succession in 2001 (PROVENANCE.md).
    if (treaty.label === 'CRC' && code === 'RS' && year === 1991) {
      fixes.push(
        `${where} line ${line}: RS year 1991 is the former Yugoslavia's ratification; imported as a succession in 2001`,
      )
      actions.push({
        jurisdiction: code,
        action: 'succession',
        year: 2001,
        note: SERBIA_NOTE,
      })
      continue
    }
    actions.push({ jurisdiction: code, action: 'ratification', year, note: PARTY_NOTE })
  }
  return { actions, fixes, issues }
}

export const UN_TREATY_FOLDER = path.join('reference', 'un-treaties')

/** The CSV's text, or null when the dataset folder does not have it. */
export function readUnTreatyFile(dataDir: string, treaty: UnTreatyFile): string | null {
  const file = path.join(dataDir, UN_TREATY_FOLDER, treaty.file)
  return existsSync(file) ? readFileSync(file, 'utf8') : null
}

/** Splits the CSV's rows into those still needed and those a curated treaty file now describes. */
export function splitByCuration(actions: UnTreatyAction[], treaty: UnTreatyFile, coverage: CuratedTreatyCoverage) {
  const kept: UnTreatyAction[] = []
  const superseded: UnTreatyAction[] = []
  for (const action of actions)
    (isCoveredByCurated(coverage, treaty.treaty, action.jurisdiction, action.action) ? superseded : kept).push(action)
  return { kept, superseded }
}
