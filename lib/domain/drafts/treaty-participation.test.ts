import { expect, it } from 'vitest'
import { treatyParticipation } from './treaty-participation'

const d = (iso: string) => new Date(`${iso}T00:00:00Z`)

it('derives party, signatory, denounced and none from the actions in date order', () => {
  expect(treatyParticipation([]).status).toBe('NONE')
  expect(treatyParticipation([{ action: 'SIGNATURE', actionDate: d('2007-10-25') }])).toEqual({ status: 'SIGNATORY', since: d('2007-10-25') })
  expect(treatyParticipation([{ action: 'RATIFICATION', actionDate: d('2018-06-20') }, { action: 'SIGNATURE', actionDate: d('2008-05-05') }])).toEqual({ status: 'PARTY', since: d('2018-06-20') })
  expect(treatyParticipation([{ action: 'ACCESSION', actionDate: d('2010-01-01') }, { action: 'DENUNCIATION', actionDate: d('2020-01-01') }]).status).toBe('DENOUNCED')
})
