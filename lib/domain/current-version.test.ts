import { describe, expect, it } from 'vitest'
import { pickCurrentVersions, type VersionCandidate } from './current-version'

const d = (iso: string) => new Date(`${iso}T00:00:00Z`)
const v = (id: string, extra: Partial<VersionCandidate> = {}): VersionCandidate => ({
  id,
  instrumentId: 'i1',
  language: 'eng',
  asAt: null,
  validFrom: null,
  validTo: null,
  ...extra,
})
const today = d('2025-06-01')

describe('pickCurrentVersions', () => {
  it('picks the version valid today, not a later (future) one', () => {
    const picked = pickCurrentVersions(
      [
        v('old', { validFrom: d('2010-01-01'), validTo: d('2020-01-01') }),
        v('now', { validFrom: d('2020-01-01') }),
        v('future', { validFrom: d('2026-01-01') }),
      ],
      today,
    )
    expect(picked.get('i1')?.id).toBe('now')
  })

  it('treats validTo as exclusive', () => {
    const picked = pickCurrentVersions(
      [
        v('ending', { validFrom: d('2010-01-01'), validTo: d('2025-06-01') }),
        v('starting', { validFrom: d('2025-06-01') }),
      ],
      today,
    )
    expect(picked.get('i1')?.id).toBe('starting')
  })

  it('falls back to the latest version when none is valid today', () => {
    const picked = pickCurrentVersions(
      [v('a', { validFrom: d('2027-01-01') }), v('b', { validFrom: d('2026-01-01') })],
      today,
    )
    expect(picked.get('i1')?.id).toBe('a')
  })

  it('uses asAt when validFrom is missing, and prefers English among equals', () => {
    expect(
      pickCurrentVersions([v('2019', { asAt: d('2019-01-01') }), v('2024', { asAt: d('2024-01-01') })], today).get('i1')
        ?.id,
    ).toBe('2024')
    expect(
      pickCurrentVersions(
        [v('deu', { language: 'deu', validFrom: d('2020-01-01') }), v('eng', { validFrom: d('2020-01-01') })],
        today,
      ).get('i1')?.id,
    ).toBe('eng')
  })

  it('keeps one version per instrument', () => {
    const picked = pickCurrentVersions([v('x'), v('y', { instrumentId: 'i2' })], today)
    expect([...picked.entries()].map(([key, value]) => [key, value.id])).toEqual([
      ['i1', 'x'],
      ['i2', 'y'],
    ])
  })
})
