import { describe, expect, it } from 'vitest'
import {
  buildStatusRows,
  countParties,
  filterStatusRows,
  sortStatusRows,
  statusRowsToCsvRows,
  statusRowsToJson,
  type StatusAction,
} from './status-table'
import { statusHeadline } from './status-headline'

const d = (iso: string) => new Date(`${iso}T00:00:00Z`)
const act = (
  action: StatusAction['action'],
  date: string | null,
  precision: StatusAction['precision'] = 'DAY',
  extra: Partial<StatusAction> = {},
): StatusAction => ({
  action,
  date: date ? d(date) : null,
  precision,
  entryIntoForceOn: null,
  sourceUrl: 'https://example.org/status',
  note: null,
  verification: 'VERIFIED',
  ...extra,
})
const participant = (code: string, name: string, organisations: string[] = []) => ({
  code,
  name,
  m49Code: null,
  kind: 'STATE',
  organisations,
})

const rows = buildStatusRows(
  [
    {
      participant: participant('XA', 'Testland', ['COE']),
      actions: [
        act('SIGNATURE', '2001-11-23'),
        act('RATIFICATION', '2004-03-12', 'DAY', { entryIntoForceOn: d('2004-07-01') }),
      ],
      reservations: [],
    },
    {
      participant: participant('XB', 'Fakeland', ['AU']),
      actions: [act('ACCESSION', '2012', 'YEAR')],
      reservations: [{ id: 'r1', kind: 'RESERVATION', articles: ['9(4)'], withdrawnOn: null }],
    },
    {
      participant: participant('XC', 'Sampleland', ['COE']),
      actions: [act('SIGNATURE', '2011-05', 'MONTH')],
      reservations: [],
    },
  ],
  d('2026-12-02'),
)

describe('treaty status table', () => {
  it('puts signature, consent with its marker and entry into force on one row per participant', () => {
    const testland = rows.find((r) => r.participant.code === 'XA')!
    expect(testland.signature?.date).toEqual(d('2001-11-23'))
    expect(testland.consent?.action).toBe('RATIFICATION')
    expect(testland.entryIntoForce).toEqual(d('2004-07-01'))
    expect(testland.status.status).toBe('party')
    expect(countParties(rows)).toBe(2)
  })

  it('sorts by name or by date with undated rows last, and filters by organisation', () => {
    expect(sortStatusRows(rows, 'name', 'asc').map((r) => r.participant.name)).toEqual([
      'Fakeland',
      'Sampleland',
      'Testland',
    ])
    expect(sortStatusRows(rows, 'name', 'desc').map((r) => r.participant.name)).toEqual([
      'Testland',
      'Sampleland',
      'Fakeland',
    ])
    expect(sortStatusRows(rows, 'consent', 'desc').map((r) => r.participant.code)).toEqual(['XB', 'XA', 'XC'])
    expect(sortStatusRows(rows, 'signature', 'asc').map((r) => r.participant.code)).toEqual(['XA', 'XC', 'XB'])
    expect(filterStatusRows(rows, 'COE').map((r) => r.participant.code)).toEqual(['XA', 'XC'])
    expect(filterStatusRows(rows, undefined)).toHaveLength(3)
  })

  it('exports partial dates as partial in CSV and JSON', () => {
    const csv = statusRowsToCsvRows(sortStatusRows(rows, 'name', 'asc'))
    expect(csv[0]).toContain('consent_marker')
    expect(csv[1]).toEqual([
      'XB',
      'Fakeland',
      'party',
      null,
      '2012',
      'accession',
      'a',
      null,
      null,
      'reservation art. 9(4)',
    ])
    expect(csv[2].slice(0, 5)).toEqual(['XC', 'Sampleland', 'signatory', '2011-05', null])
    const json = statusRowsToJson(rows)
    expect(json[1].consent).toMatchObject({ type: 'accession', date: '2012', marker: 'a', verification: 'verified' })
    expect(JSON.stringify(json)).not.toContain('2012-01-01')
  })

  it('says where the headline count comes from', () => {
    expect(statusHeadline({ parties: 2, statusAsOf: d('2026-11-30'), date: null })).toBe(
      '2 parties as of 30 November 2026',
    )
    expect(statusHeadline({ parties: 1, statusAsOf: null, date: null })).toBe(
      '1 party recorded (the depositary’s status date is not recorded)',
    )
    expect(statusHeadline({ parties: 3, statusAsOf: d('2026-11-30'), date: d('2010-01-01') })).toBe(
      '3 parties on 1 January 2010',
    )
    // A status page years old, completed from later official records: not the depositary's count of that date.
    expect(
      statusHeadline({ parties: 72, statusAsOf: d('2015-12-03'), date: null, latestActionOn: d('2025-08-28') }),
    ).toBe(
      '72 parties recorded: the depositary’s status as of 3 December 2015, and later actions up to 28 August 2025 from other official sources',
    )
    expect(
      statusHeadline({ parties: 2, statusAsOf: d('2026-11-30'), date: null, latestActionOn: d('2020-01-01') }),
    ).toBe('2 parties as of 30 November 2026')
  })
})
