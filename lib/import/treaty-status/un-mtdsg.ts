import type { TreatyActionType } from '@/lib/domain/gaps/gap-inputs'
import { articlesIn } from './article-lists'
import type { CountryNameResolver } from './country-names'
import { fullDate, parseDayFirst, parseDayMonthName } from './status-dates'
import { canonicalUrlOf, tablesOf, textOf } from './html'
import type { StatusPageParticipant, StatusPageProblem, StatusPageResult } from './status-page'

/**
 * The UN Treaty Collection's status page of a treaty deposited with the Secretary-General
 * (MTDSG, treaties.un.org): "Status as at: DD-MM-YYYY", a table of participants with their
 * signature and their consent to be bound — a date followed by a for accession, d for
 * succession, A for acceptance, AA for approval, nothing for ratification — footnote numbers
 * after names, then the "Declarations and Reservations" texts under each participant's name.
 */
const CONSENT_MARKERS: Record<string, TreatyActionType> = {
  '': 'RATIFICATION',
  a: 'ACCESSION',
  d: 'SUCCESSION',
  A: 'ACCEPTANCE',
  AA: 'APPROVAL',
}
const SECTION_END = /^(Objections|Notes|Territorial Application|Communications|End Note)\b/i

export function parseUnStatusPage(html: string, resolve: CountryNameResolver): StatusPageResult {
  const problems: StatusPageProblem[] = []
  const text = textOf(html)
  const asAt = /Status as at\s*:?\s*(\d{1,2}-\d{1,2}-\d{4})/i.exec(text)
  const statusAsOf = asAt ? parseDayFirst(asAt[1]) : null
  if (!statusAsOf)
    problems.push({
      location: 'page',
      message: 'No "Status as at: DD-MM-YYYY" date: is this the UN Treaty Collection status page?',
    })

  const table = tablesOf(html).find((t) => t.rows[0]?.cells.some((c) => /^Participant/i.test(c)))
  if (!table) {
    problems.push({ location: 'page', message: 'No participants table (a table whose first column is "Participant").' })
    return { page: null, problems }
  }
  const header = table.rows[0].cells
  const column = (pattern: RegExp) => header.findIndex((c) => pattern.test(c))
  const nameAt = column(/^Participant/i)
  const signatureAt = column(/^Signature/i)
  const consentAt = column(/Ratification|Accession|Acceptance|Approval|Succession/i)
  if (consentAt < 0) problems.push({ location: 'table header', message: 'No ratification / accession column.' })

  const participants: StatusPageParticipant[] = []
  for (const [index, row] of table.rows.slice(1).entries()) {
    const location = `participants table row ${index + 1}`
    const rawName = row.cells[nameAt] ?? ''
    if (!rawName) continue
    const name = rawName.replace(/[\s,]*\d+(\s*,\s*\d+)*\s*$/, '').trim()
    const footnotes = (row.supCells[nameAt] ?? '').slice(name.length).match(/\d+/g) ?? []
    const code = resolve(name)
    if (!code) {
      problems.push({
        location,
        message: `Unknown participant "${name}": add the name to lib/import/treaty-status/country-names.ts or the country reference.`,
      })
      continue
    }
    const participant: StatusPageParticipant = { name, code, actions: [], reservations: [], footnotes }
    const signature = (row.cells[signatureAt] ?? '').trim()
    if (signatureAt >= 0 && signature) {
      const match = /^(.*?\d{4})\s*(d)?$/.exec(signature)
      const iso = match ? parseDayMonthName(match[1]) : null
      if (iso) participant.actions.push({ action: 'SIGNATURE', date: fullDate(iso) })
      else problems.push({ location, message: `${name}: signature "${signature}" is not a date like "26 Jan 1990".` })
    }
    const consent = (row.cells[consentAt] ?? '').trim()
    if (consentAt >= 0 && consent) {
      const match = /^(.*?\d{4})\s*(AA|A|a|d)?$/.exec(consent)
      const iso = match ? parseDayMonthName(match[1]) : null
      if (iso) participant.actions.push({ action: CONSENT_MARKERS[match![2] ?? ''], date: fullDate(iso) })
      else
        problems.push({
          location,
          message: `${name}: "${consent}" is not a date like "6 Mar 1991", with a, d, A or AA after it.`,
        })
    }
    participants.push(participant)
  }

  // Declarations and reservations: a participant's name on a line of its own opens its texts.
  const lines = textOf(html.slice(table.end)).split('\n')
  const start = lines.findIndex((line) => /^Declarations and Reservations/i.test(line))
  if (start >= 0) {
    const byCode = new Map(participants.map((p) => [p.code, p]))
    let current: { participant: StatusPageParticipant; lines: string[] } | null = null
    const flush = () => {
      if (!current || !current.lines.length) return
      const body = current.lines.join('\n')
      current.participant.reservations.push({
        kind: /reserv/i.test(body) ? 'RESERVATION' : 'DECLARATION',
        articles: articlesIn(body),
        text: body,
      })
    }
    for (const line of lines.slice(start + 1)) {
      if (SECTION_END.test(line)) break
      if (/^\(Unless otherwise indicated/i.test(line)) continue
      const code = line.length < 80 ? resolve(line.replace(/[\s,]*\d+(\s*,\s*\d+)*\s*$/, '')) : null
      if (code && byCode.has(code)) {
        flush()
        current = { participant: byCode.get(code)!, lines: [] }
      } else if (current) current.lines.push(line)
    }
    flush()
  }

  if (!statusAsOf) return { page: null, problems }
  const title = /<title>([\s\S]*?)<\/title>/i.exec(html)
  return {
    page: {
      format: 'un-mtdsg',
      statusAsOf,
      treatyLabel: title ? textOf(title[1]) : null,
      cetsNumber: null,
      sourceUrl: canonicalUrlOf(html),
      heading: textOf(html.slice(0, table.start)),
      participants,
    },
    problems,
  }
}
