import { articleList } from './article-lists'
import type { CountryNameResolver } from './country-names'
import { fullDate, parseDayFirst, parseDayMonthName } from './status-dates'
import { canonicalUrlOf, tablesOf, textOf } from './html'
import type { StatusPageParticipant, StatusPageProblem, StatusPageResult } from './status-page'

/**
 * The Council of Europe Treaty Office's chart of signatures and ratifications: "Status as of
 * DD/MM/YYYY", tables of member and non-member states with signature, ratification and entry
 * into force dates (DD/MM/YYYY), a Notes column (a: accession, su: succession) and R. D. A. T.
 * columns marking reservations, declarations, authorities and territorial declarations; then the
 * reservations and declarations, each under its state's name, opening with "Reservation …" or
 * "Declaration …" and closing with "Articles concerned : 9, 42".
 */
export function parseCoeChart(html: string, resolve: CountryNameResolver): StatusPageResult {
  const problems: StatusPageProblem[] = []
  const text = textOf(html)
  const asOf = /Status as of\s*:?\s*(\d{1,2}\/\d{1,2}\/\d{4})/i.exec(text)
  const statusAsOf = asOf ? parseDayFirst(asOf[1]) : null
  if (!statusAsOf)
    problems.push({
      location: 'page',
      message: 'No "Status as of DD/MM/YYYY" date: is this a Council of Europe chart of signatures and ratifications?',
    })
  const cets = /\b(?:CETS|ETS|Treaty)\s*(?:No\.?|n°)\s*:?\s*(\d{1,3})\b/i.exec(text)

  const participants: StatusPageParticipant[] = []
  const tables = tablesOf(html).filter((t) =>
    t.rows.some((r) => r.cells.some((c) => /^Signature/i.test(c)) && r.cells.some((c) => /^Ratification/i.test(c))),
  )
  if (!tables.length)
    problems.push({ location: 'page', message: 'No chart table with Signature and Ratification columns.' })
  for (const [tableIndex, table] of tables.entries()) {
    const headerIndex = table.rows.findIndex((r) => r.cells.some((c) => /^Signature/i.test(c)))
    const header = table.rows[headerIndex].cells
    const column = (pattern: RegExp) => header.findIndex((c) => pattern.test(c))
    const at = {
      signature: column(/^Signature/i),
      ratification: column(/^Ratification/i),
      inForce: column(/^Entry into force/i),
      notes: column(/^Notes/i),
    }
    for (const [index, row] of table.rows.slice(headerIndex + 1).entries()) {
      const location = `chart table ${tableIndex + 1} row ${index + 1}`
      const name = (row.cells[0] ?? '').trim()
      const cellAt = (i: number) => (i >= 0 ? (row.cells[i] ?? '').trim() : '')
      if (!name || row.cells.length < 3) continue
      const code = resolve(name)
      if (!code) {
        problems.push({
          location,
          message: `Unknown participant "${name}": add the name to lib/import/treaty-status/country-names.ts or the country reference.`,
        })
        continue
      }
      const participant: StatusPageParticipant = { name, code, actions: [], reservations: [], footnotes: [] }
      const date = (value: string, what: string) => {
        const iso = parseDayFirst(value)
        if (!iso) problems.push({ location, message: `${name}: ${what} "${value}" is not a date like 29/09/2006.` })
        return iso
      }
      const notes = cellAt(at.notes)
        .split(/[\s,]+/)
        .filter(Boolean)
      const signature = cellAt(at.signature)
      const signed = signature ? date(signature, 'signature') : null
      if (signed) participant.actions.push({ action: 'SIGNATURE', date: fullDate(signed) })
      const ratification = cellAt(at.ratification)
      const ratified = ratification ? date(ratification, 'ratification') : null
      const inForce = cellAt(at.inForce)
      const inForceOn = inForce ? date(inForce, 'entry into force') : null
      if (ratified) {
        const action = notes.includes('a') ? 'ACCESSION' : notes.includes('su') ? 'SUCCESSION' : 'RATIFICATION'
        participant.actions.push({
          action,
          date: fullDate(ratified),
          ...(inForceOn ? { entryIntoForce: inForceOn } : {}),
        })
      }
      participant.footnotes = notes.filter((n) => !['a', 'su'].includes(n))
      participants.push(participant)
    }
  }

  // Reservations and declarations after the charts: state name, then "Reservation …" / "Declaration …" entries.
  const last = tables.at(-1)
  if (last) {
    const byCode = new Map(participants.map((p) => [p.code, p]))
    let owner: StatusPageParticipant | null = null
    let entry: { kind: 'RESERVATION' | 'DECLARATION'; madeOn?: string; lines: string[]; articles: string[] } | null =
      null
    const flush = () => {
      if (owner && entry && entry.lines.length)
        owner.reservations.push({
          kind: entry.kind,
          articles: entry.articles,
          text: entry.lines.join('\n'),
          ...(entry.madeOn ? { madeOn: entry.madeOn } : {}),
        })
      entry = null
    }
    for (const line of textOf(html.slice(last.end)).split('\n')) {
      const code = line.length < 80 ? resolve(line) : null
      if (code && byCode.has(code)) {
        flush()
        owner = byCode.get(code)!
        continue
      }
      const opening =
        /^(Reservations?|Declarations?)\b.*?(?:deposited on|made (?:at|on)|dated)?\s*(\d{1,2} [A-Za-z]+ \d{4})?\s*(?:-\s*Or\..*)?$/i.exec(
          line,
        )
      if (owner && opening && line.length < 200) {
        flush()
        entry = {
          kind: /^reserv/i.test(opening[1]) ? 'RESERVATION' : 'DECLARATION',
          lines: [],
          articles: [],
          ...(opening[2] && parseDayMonthName(opening[2]) ? { madeOn: parseDayMonthName(opening[2])! } : {}),
        }
        continue
      }
      const concerned = /^Articles? concerned\s*:\s*(.*)$/i.exec(line)
      if (entry && concerned) {
        entry.articles = articleList(concerned[1])
        flush()
        continue
      }
      if (entry && !/^Period covered/i.test(line)) entry.lines.push(line)
    }
    flush()
  }

  if (!statusAsOf) return { page: null, problems }
  return {
    page: {
      format: 'coe-chart',
      statusAsOf,
      treatyLabel: cets ? `CETS No. ${cets[1]}` : null,
      cetsNumber: cets ? cets[1] : null,
      sourceUrl: canonicalUrlOf(html),
      heading: textOf(html.slice(0, tables[0]?.start ?? 0)),
      participants,
    },
    problems,
  }
}
