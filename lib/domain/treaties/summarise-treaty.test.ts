import { describe, expect, it } from 'vitest'
import { summariseTreaty, type TreatyEvent, type TreatyReservation } from './summarise-treaty'

const d = (iso: string) => new Date(`${iso}T00:00:00Z`)
const party = (code: string, name: string) => ({ code, name, m49Code: null, kind: 'STATE' })
const event = (
  code: string,
  name: string,
  action: TreatyEvent['action'],
  date: string | null,
  verified: string | null = null,
) => ({
  id: `${code}-${action}`,
  action,
  date: date ? d(date) : null,
  precision: 'DAY' as const,
  note: null,
  sourceUrl: null,
  lastVerifiedOn: verified ? d(verified) : null,
  verification: 'VERIFIED' as const,
  jurisdiction: party(code, name),
})
const reservation = (code: string, articles: string[], overrides: Partial<TreatyReservation> = {}) => ({
  id: `${code}-${articles.join()}`,
  kind: 'RESERVATION',
  articles,
  text: 'text',
  madeOn: null,
  withdrawnOn: null,
  sourceUrl: null,
  verification: 'VERIFIED' as const,
  jurisdiction: party(code, code),
  ...overrides,
})

describe('treaty summary', () => {
  const actions = [
    event('DK', 'Denmark', 'RATIFICATION', '2010-03-01', '2025-01-10'),
    event('DK', 'Denmark', 'SIGNATURE', '2007-10-25'),
    event('IE', 'Ireland', 'SIGNATURE', '2007-10-25', '2025-02-01'),
    event('AL', 'Albania', 'RATIFICATION', '2009-04-14'),
  ]
  it('builds per-jurisdiction timelines and counts on a date', () => {
    const today = summariseTreaty(actions, [], d('2024-01-01'))
    expect(today.rows.map((r) => r.jurisdiction.code)).toEqual(['AL', 'DK', 'IE'])
    expect(today.rows[1].events.map((e) => e.action)).toEqual(['SIGNATURE', 'RATIFICATION'])
    expect(today.counts).toEqual({ party: 2, signatory: 1, denounced: 0, none: 0 })
    expect(today.lastVerifiedOn).toEqual(d('2025-02-01'))
    const then = summariseTreaty(actions, [], d('2009-06-01'))
    expect(then.counts).toEqual({ party: 1, signatory: 2, denounced: 0, none: 0 })
  })
  it('groups reservations by article in numeric order', () => {
    const summary = summariseTreaty(
      actions,
      [
        reservation('DK', ['20(3)', '20(1)(a)']),
        reservation('MC', ['24(3)', '20(1)(f)']),
        reservation('LV', ['Art. 9']),
      ],
      d('2024-01-01'),
    )
    expect(summary.articles.map((a) => a.article)).toEqual(['9', '20(1)(a)', '20(1)(f)', '20(3)', '24(3)'])
    expect(summary.articles.find((a) => a.article === '20(3)')?.reservations.map((r) => r.jurisdiction.code)).toEqual([
      'DK',
    ])
    expect(summary.rows.find((r) => r.jurisdiction.code === 'DK')?.reservationCount).toBe(1)
  })
})
