import { describe, expect, it } from 'vitest'
import {
  checkAgeConsistency,
  checkCriminalResponsibilityBelow14,
  checkCsamAboveConsent,
  checkCsamBelow18,
  checkDigitalAboveSexualConsent,
  checkMarriageBelow18,
  csamAge,
  summariseFindings,
} from './age-consistency'

describe('checkCsamAboveConsent', () => {
  it('flags CSAM under 18 with consent at 16 and no self-generated exemption', () => {
    const finding = checkCsamAboveConsent({
      ages: { 'csam-age-limit': 18, 'sexual-consent': 16 },
      selfGeneratedExemption: false,
    })
    expect(finding.status).toBe('tension')
    expect(finding.message).toContain('CSAM law protects under-18s while the age of sexual consent is 16')
    expect(finding.message).toContain('aged 16–17')
  })

  it('accepts the gap when the law exempts self-generated images', () => {
    expect(
      checkCsamAboveConsent({ ages: { 'csam-age-limit': 18, 'sexual-consent': 16 }, selfGeneratedExemption: true })
        .status,
    ).toBe('consistent')
  })

  it('asks the reader to check when the exemption is not recorded', () => {
    expect(checkCsamAboveConsent({ ages: { 'csam-age-limit': 18, 'sexual-consent': 17 } })).toMatchObject({
      status: 'check',
      message: expect.stringContaining('aged 17 who'),
    })
  })

  it('is consistent when the CSAM age is not above the consent age', () => {
    expect(checkCsamAboveConsent({ ages: { 'csam-age-limit': 18, 'sexual-consent': 18 } }).status).toBe('consistent')
  })

  it('falls back to the CSAM definition age limit, and cannot check without data', () => {
    expect(
      checkCsamAboveConsent({
        ages: { 'sexual-consent': 15 },
        csamDefinitionAgeLimit: 18,
        selfGeneratedExemption: false,
      }).status,
    ).toBe('tension')
    const unknown = checkCsamAboveConsent({ ages: { 'sexual-consent': null } })
    expect(unknown.status).toBe('unknown')
    expect(unknown.message).toBe(
      'Cannot check: no CSAM age limit is recorded and the law sets no age of sexual consent.',
    )
  })
})

describe('other rules', () => {
  it('flags digital consent above sexual consent', () => {
    expect(checkDigitalAboveSexualConsent({ ages: { 'digital-consent': 16, 'sexual-consent': 14 } }).status).toBe(
      'tension',
    )
    expect(checkDigitalAboveSexualConsent({ ages: { 'digital-consent': 13, 'sexual-consent': 16 } }).status).toBe(
      'consistent',
    )
    expect(checkDigitalAboveSexualConsent({ ages: { 'digital-consent': 13 } })).toMatchObject({
      status: 'unknown',
      message: 'Cannot check: no age of sexual consent is recorded.',
    })
  })

  it('flags a CSAM age limit below 18', () => {
    expect(checkCsamBelow18({ ages: { 'csam-age-limit': 16 } })).toMatchObject({
      status: 'tension',
      message: expect.stringContaining('aged 16–17'),
    })
    expect(checkCsamBelow18({ ages: {}, csamDefinitionAgeLimit: 18 }).status).toBe('consistent')
    expect(csamAge({ ages: { 'csam-age-limit': 16 }, csamDefinitionAgeLimit: 18 })).toBe(16)
  })

  it('flags marriage below 18, and says when it is below the consent age too', () => {
    expect(checkMarriageBelow18({ ages: { marriage: 15, 'sexual-consent': 16 } }).message).toBe(
      'Marriage is possible from 15, below 18, and even below the age of sexual consent (16).',
    )
    expect(checkMarriageBelow18({ ages: { marriage: 18 } }).status).toBe('consistent')
  })

  it('flags criminal responsibility below 14', () => {
    expect(checkCriminalResponsibilityBelow14({ ages: { 'criminal-responsibility': 10 } }).status).toBe('tension')
    expect(checkCriminalResponsibilityBelow14({ ages: { 'criminal-responsibility': 14 } }).status).toBe('consistent')
  })
})

describe('checkAgeConsistency', () => {
  it('runs every rule and never passes a rule without data', () => {
    const findings = checkAgeConsistency({ ages: {} })
    expect(findings).toHaveLength(5)
    expect(findings.every((finding) => finding.status === 'unknown')).toBe(true)
    expect(summariseFindings(findings)).toEqual({ tensions: 0, checks: 0, unknown: 5 })
  })

  it('counts tensions for a jurisdiction with several', () => {
    const findings = checkAgeConsistency({
      ages: {
        'csam-age-limit': 18,
        'sexual-consent': 14,
        'digital-consent': 16,
        marriage: 16,
        'criminal-responsibility': 10,
      },
      selfGeneratedExemption: false,
    })
    expect(summariseFindings(findings)).toEqual({ tensions: 4, checks: 0, unknown: 0 })
  })
})
