import { describe, expect, it } from 'vitest'
import { findCoveringReservation, isReservationInEffect, reservationCoversElement } from './reservations'
import { d, element, reservation } from './test-builders'

const possession = element({
  code: 'possession',
  articleRef: 'Budapest Convention, art. 9(1)(e) and 9(4)',
  reservableArticle: '9(4)',
})
const appearing = element({
  code: 'appearing-minor',
  articleRef: 'Budapest Convention, art. 9(2)(b) and 9(4)',
  reservableArticle: '9(4)',
})
const minor = element({ code: 'minor', articleRef: 'Budapest Convention, art. 9(2)(a)' })
const lanzarote203 = element({
  code: 'self-generated',
  articleRef: 'Lanzarote Convention, art. 20(3), second indent',
  reservableArticle: '20(3)',
})

describe('which elements a reservation covers', () => {
  it('scopes a reservation by the other articles it cites', () => {
    const us = reservation({ articles: ['9(4)', '9(2)(b)', '9(2)(c)'] })
    expect(reservationCoversElement(us, appearing)).toBe(true)
    expect(reservationCoversElement(us, possession)).toBe(false)
  })
  it('covers every element under the enabling article when it cites nothing else', () => {
    expect(reservationCoversElement(reservation({ articles: ['9(4)'] }), possession)).toBe(true)
    expect(reservationCoversElement(reservation({ articles: ['Art. 9'] }), possession)).toBe(true)
  })
  it('covers an element that is about the enabling article itself', () => {
    expect(reservationCoversElement(reservation({ articles: ['20(3)', '20(1)(a)', '20(1)(e)'] }), lanzarote203)).toBe(
      true,
    )
  })
  it('never covers a non-reservable element, another article, or through an interpretative declaration', () => {
    expect(reservationCoversElement(reservation({ articles: ['9(4)', '9(2)(a)'] }), minor)).toBe(false)
    expect(reservationCoversElement(reservation({ articles: ['24(3)', '20(1)(f)'] }), lanzarote203)).toBe(false)
    expect(
      reservationCoversElement(reservation({ kind: 'INTERPRETATIVE_DECLARATION', articles: ['9(4)'] }), possession),
    ).toBe(false)
    expect(reservationCoversElement(reservation({ kind: 'DECLARATION', articles: ['9(4)'] }), possession)).toBe(true)
  })
})

describe('when a reservation is in effect', () => {
  it('runs from the day it is made until the day it is withdrawn', () => {
    const r = reservation({ madeOn: d('2010-01-01'), withdrawnOn: d('2015-06-30') })
    expect(isReservationInEffect(r, d('2009-12-31'), null)).toBe(false)
    expect(isReservationInEffect(r, d('2010-01-01'), null)).toBe(true)
    expect(isReservationInEffect(r, d('2015-06-29'), null)).toBe(true)
    expect(isReservationInEffect(r, d('2015-06-30'), null)).toBe(false)
  })
  it('dates an undated reservation from the consent to be bound, or treats it as always in effect', () => {
    const r = reservation({ madeOn: null })
    expect(isReservationInEffect(r, d('2005-01-01'), d('2006-03-01'))).toBe(false)
    expect(isReservationInEffect(r, d('2006-03-01'), d('2006-03-01'))).toBe(true)
    expect(isReservationInEffect(r, d('1990-01-01'), null)).toBe(true)
  })
  it('finds the covering reservation in effect on the date', () => {
    const withdrawn = reservation({
      id: 'old',
      articles: ['9(4)'],
      madeOn: d('2005-01-01'),
      withdrawnOn: d('2012-01-01'),
    })
    expect(findCoveringReservation(possession, [withdrawn], d('2010-01-01'), null)?.id).toBe('old')
    expect(findCoveringReservation(possession, [withdrawn], d('2013-01-01'), null)).toBeNull()
    expect(findCoveringReservation(minor, [withdrawn], d('2010-01-01'), null)).toBeNull()
  })
})
