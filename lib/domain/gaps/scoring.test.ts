import { describe, expect, it } from 'vitest'
import {
  criterionPoints,
  judgeSufficiency,
  rollupStatus,
  scoreFromElements,
  sufficiencyGroups,
  totalPoints,
} from './scoring'
import type { Status } from './gap-inputs'

describe('rolling element statuses up to a criterion', () => {
  it('applies the documented rule', () => {
    expect(rollupStatus(['MET', 'MET'])).toBe('MET')
    expect(rollupStatus(['MET', 'RESERVED'])).toBe('RESERVED')
    expect(rollupStatus(['RESERVED'])).toBe('RESERVED')
    expect(rollupStatus(['MET', 'NOT_MET'])).toBe('PARTIAL')
    expect(rollupStatus(['PARTIAL', 'UNKNOWN'])).toBe('PARTIAL')
    expect(rollupStatus(['NOT_MET', 'UNKNOWN', 'RESERVED'])).toBe('NOT_MET')
    expect(rollupStatus(['MET', 'UNKNOWN'])).toBe('UNKNOWN')
    expect(rollupStatus([])).toBe('UNKNOWN')
  })
})

describe('points and scores', () => {
  it('counts a reserved or unassessed criterion neither as a gap nor as a success', () => {
    expect(criterionPoints({ scoring: 'PASS_FAIL', maxScore: null }, 'RESERVED', null, null)).toEqual({
      earned: 0,
      possible: 0,
    })
    expect(criterionPoints({ scoring: 'PASS_FAIL', maxScore: null }, 'PARTIAL', null, null)).toEqual({
      earned: 0.5,
      possible: 1,
    })
    expect(criterionPoints({ scoring: 'PASS_FAIL', maxScore: null }, 'UNKNOWN', null, null)).toEqual({
      earned: 0,
      possible: 0,
    })
  })
  it('normalises rubric scores and takes reserved elements out of the maximum', () => {
    expect(criterionPoints({ scoring: 'SCORE', maxScore: 4 }, 'PARTIAL', 3, 4)).toEqual({ earned: 0.75, possible: 1 })
    expect(scoreFromElements(['MET', 'RESERVED', 'PARTIAL', 'NOT_MET'])).toEqual({ score: 1.5, max: 3 })
    // Unknown elements are out of the maximum too; none assessed → no score at all.
    expect(scoreFromElements(['MET', 'UNKNOWN', 'UNKNOWN', 'NOT_MET'])).toEqual({ score: 1, max: 2 })
    expect(scoreFromElements(['UNKNOWN', 'UNKNOWN'])).toEqual({ score: null, max: null })
  })
  it('totals a row with a percentage of applicable points', () => {
    const totals = totalPoints([
      { status: 'MET', points: { earned: 1, possible: 1 } },
      { status: 'RESERVED', points: { earned: 0, possible: 0 } },
      { status: 'NOT_MET', points: { earned: 0, possible: 1 } },
    ])
    expect(totals).toMatchObject({ earned: 1, possible: 2, percent: 50 })
    expect(totals.counts).toMatchObject({ MET: 1, RESERVED: 1, NOT_MET: 1, PARTIAL: 0 })
    expect(totalPoints([]).percent).toBeNull()
  })
})

describe('sufficiency groups (ICMEC "sufficient" = criteria 1-4)', () => {
  const criteria = ['1', '2', '3', '4', '5'].map((code) => ({
    code,
    sufficiencyGroup: code === '5' ? null : 'sufficient',
  }))
  // A row's cells, from code → status (criteria without a cell count as unknown).
  const sufficiency = (c: typeof criteria, statuses: Map<string, Status>) =>
    judgeSufficiency(
      sufficiencyGroups(c),
      [...statuses].map(([code, status]) => ({ code, status })),
    )
  it('is sufficient only when all four are met or reserved', () => {
    const all = new Map([
      ['1', 'MET'],
      ['2', 'MET'],
      ['3', 'RESERVED'],
      ['4', 'MET'],
      ['5', 'NOT_MET'],
    ] as const)
    expect(sufficiency(criteria, all)).toEqual([{ group: 'sufficient', codes: ['1', '2', '3', '4'], verdict: 'yes' }])
    expect(
      sufficiency(
        criteria,
        new Map([
          ['1', 'MET'],
          ['2', 'PARTIAL'],
        ] as const),
      )[0].verdict,
    ).toBe('no')
    expect(sufficiency(criteria, new Map([['1', 'MET']] as const))[0].verdict).toBe('unknown')
  })
})
