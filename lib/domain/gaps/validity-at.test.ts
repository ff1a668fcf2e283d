import { describe, expect, it } from 'vitest'
import { consentDate, describeInvalidity, isValidAt, treatyStatusAt } from './validity-at'
import { d } from './test-builders'
import type { TreatyActionInput } from './gap-inputs'

const act = (action: TreatyActionInput['action'], date: string | null): TreatyActionInput => ({
  jurisdictionId: 'j',
  action,
  date: date ? d(date) : null,
  precision: 'DAY',
})

describe('validity on a date', () => {
  it('is half-open: in force from the first day, no longer on the end day', () => {
    const v = { from: d('2010-04-06'), to: d('2020-01-01') }
    expect(isValidAt(v, d('2010-04-05'))).toBe(false)
    expect(isValidAt(v, d('2010-04-06'))).toBe(true)
    expect(isValidAt(v, d('2020-01-01'))).toBe(false)
    expect(isValidAt({ from: null, to: null }, d('1900-01-01'))).toBe(true)
    expect(describeInvalidity(v, d('2009-01-01'))).toBe('in force only from 2010-04-06')
    expect(describeInvalidity(v, d('2021-01-01'))).toBe('no longer in force from 2020-01-01')
  })
})

describe('treaty status on a date', () => {
  const actions = [act('SIGNATURE', '2001-11-23'), act('RATIFICATION', '2004-09-15'), act('DENUNCIATION', '2020-05-01')]
  it('follows signature, ratification and denunciation', () => {
    expect(treatyStatusAt(actions, d('2000-01-01')).status).toBe('none')
    expect(treatyStatusAt(actions, d('2002-01-01')).status).toBe('signatory')
    expect(treatyStatusAt(actions, d('2004-09-15'))).toMatchObject({ status: 'party', since: d('2004-09-15') })
    expect(treatyStatusAt(actions, d('2021-01-01')).status).toBe('denounced')
  })
  it('counts an undated action at any date and says so', () => {
    expect(treatyStatusAt([act('ACCESSION', null)], d('1950-01-01'))).toMatchObject({
      status: 'party',
      dateUnknown: true,
    })
  })
  it('takes the first dated consent as the ratification date', () => {
    expect(
      consentDate([act('SIGNATURE', '2001-01-01'), act('ACCESSION', '2009-02-02'), act('RATIFICATION', null)]),
    ).toEqual(d('2009-02-02'))
    expect(consentDate([act('SIGNATURE', '2001-01-01')])).toBeNull()
  })
})
