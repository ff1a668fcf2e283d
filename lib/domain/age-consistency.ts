/**
 * The age-consistency check: pure rules over one jurisdiction's age benchmarks that flag
 * tensions between them (or with the under-18 standard of international law). Each rule says
 * what it found in words; a rule that lacks data says "cannot check" instead of passing.
 * Reused by the gaps report; keep it free of database and React imports.
 */
export type AgeKindCode =
  'majority' | 'sexual-consent' | 'digital-consent' | 'criminal-responsibility' | 'csam-age-limit' | 'marriage'

export type AgeFacts = {
  /** Age per benchmark kind: a number; null = the law sets no such age; absent = not recorded. */
  ages: Partial<Record<AgeKindCode, number | null>>
  /** Age limit in the jurisdiction's CSAM definition, used when no csam-age-limit benchmark is recorded. */
  csamDefinitionAgeLimit?: number | null
  /** Whether consensual self-generated images of those above the age of consent are exempt (null: not recorded). */
  selfGeneratedExemption?: boolean | null
}

/** tension: the rule is broken · check: possibly broken, read the conditions · consistent · unknown: data missing */
export type ConsistencyStatus = 'tension' | 'check' | 'consistent' | 'unknown'

export type ConsistencyFinding = {
  rule:
    | 'csam-above-consent'
    | 'digital-above-sexual-consent'
    | 'csam-below-18'
    | 'marriage-below-18'
    | 'criminal-responsibility-below-14'
  title: string
  status: ConsistencyStatus
  message: string
  /** The international text the rule rests on, when there is one */
  basis?: string
}

const kindNames: Record<AgeKindCode, string> = {
  majority: 'age of majority',
  'sexual-consent': 'age of sexual consent',
  'digital-consent': 'age of digital consent',
  'criminal-responsibility': 'age of criminal responsibility',
  'csam-age-limit': 'CSAM age limit',
  marriage: 'minimum age of marriage',
}

function missing(facts: AgeFacts, kinds: AgeKindCode[]) {
  return kinds
    .filter((kind) => typeof facts.ages[kind] !== 'number')
    .map((kind) =>
      facts.ages[kind] === null ? `the law sets no ${kindNames[kind]}` : `no ${kindNames[kind]} is recorded`,
    )
}

function unknown(
  rule: ConsistencyFinding['rule'],
  title: string,
  reasons: string[],
  basis?: string,
): ConsistencyFinding {
  return { rule, title, status: 'unknown', message: `Cannot check: ${reasons.join(' and ')}.`, basis }
}

/** The CSAM age: the csam-age-limit benchmark, else the CSAM definition's age limit. */
export function csamAge(facts: AgeFacts): number | null {
  const benchmark = facts.ages['csam-age-limit']
  if (typeof benchmark === 'number') return benchmark
  return typeof facts.csamDefinitionAgeLimit === 'number' ? facts.csamDefinitionAgeLimit : null
}

export function checkCsamAboveConsent(facts: AgeFacts): ConsistencyFinding {
  const rule = 'csam-above-consent'
  const title = 'CSAM age limit and age of sexual consent'
  const csam = csamAge(facts)
  const consent = facts.ages['sexual-consent']
  const reasons = [...(csam === null ? ['no CSAM age limit is recorded'] : []), ...missing(facts, ['sexual-consent'])]
  if (csam === null || typeof consent !== 'number')
    return unknown(rule, title, reasons, 'Lanzarote Convention, art. 20(3)')
  if (csam <= consent)
    return {
      rule,
      title,
      status: 'consistent',
      message: `The CSAM age limit (under ${csam}) is not above the age of sexual consent (${consent}).`,
    }
  const gap = `CSAM law protects under-${csam}s while the age of sexual consent is ${consent}`
  const risk = `young people aged ${consent}${csam - consent > 1 ? `–${csam - 1}` : ''} who may lawfully have sex may commit a CSAM offence by making or sharing images of themselves`
  if (facts.selfGeneratedExemption === true)
    return {
      rule,
      title,
      status: 'consistent',
      message: `${gap}, and the law exempts consensual self-generated images, as Lanzarote art. 20(3) allows.`,
      basis: 'Lanzarote Convention, art. 20(3)',
    }
  if (facts.selfGeneratedExemption === false)
    return {
      rule,
      title,
      status: 'tension',
      message: `${gap} with no exemption for self-generated images: ${risk}.`,
      basis: 'Lanzarote Convention, art. 20(3)',
    }
  return {
    rule,
    title,
    status: 'check',
    message: `${gap}, and no exemption for self-generated images is recorded: if there is none, ${risk}. Read the conditions.`,
    basis: 'Lanzarote Convention, art. 20(3)',
  }
}

export function checkDigitalAboveSexualConsent(facts: AgeFacts): ConsistencyFinding {
  const rule = 'digital-above-sexual-consent'
  const title = 'Digital consent and sexual consent'
  const reasons = missing(facts, ['digital-consent', 'sexual-consent'])
  const digital = facts.ages['digital-consent']
  const sexual = facts.ages['sexual-consent']
  if (typeof digital !== 'number' || typeof sexual !== 'number') return unknown(rule, title, reasons)
  if (digital > sexual)
    return {
      rule,
      title,
      status: 'tension',
      message: `The age of digital consent (${digital}) is above the age of sexual consent (${sexual}): a young person may consent to sex before they may consent to an online service processing their data.`,
    }
  return {
    rule,
    title,
    status: 'consistent',
    message: `The age of digital consent (${digital}) is not above the age of sexual consent (${sexual}).`,
  }
}

export function checkCsamBelow18(facts: AgeFacts): ConsistencyFinding {
  const rule = 'csam-below-18'
  const title = 'CSAM protects every child under 18'
  const basis = 'UN CRC, art. 1; Lanzarote Convention, art. 3(a); Directive 2011/93/EU, art. 2(a)'
  const csam = csamAge(facts)
  if (csam === null) return unknown(rule, title, ['no CSAM age limit is recorded'], basis)
  if (csam < 18)
    return {
      rule,
      title,
      status: 'tension',
      message: `The CSAM age limit is under ${csam}: children aged ${csam}–17 are not protected, below the international definition of a child (under 18).`,
      basis,
    }
  return {
    rule,
    title,
    status: 'consistent',
    message: `The CSAM age limit (under ${csam}) covers every child under 18.`,
    basis,
  }
}

export function checkMarriageBelow18(facts: AgeFacts): ConsistencyFinding {
  const rule = 'marriage-below-18'
  const title = 'Minimum age of marriage'
  const basis = 'Joint General Recommendation No. 31 of CEDAW / General Comment No. 18 of the CRC (2019)'
  const marriage = facts.ages.marriage
  if (typeof marriage !== 'number') return unknown(rule, title, missing(facts, ['marriage']), basis)
  const consent = facts.ages['sexual-consent']
  if (marriage < 18) {
    const belowConsent =
      typeof consent === 'number' && marriage < consent ? `, and even below the age of sexual consent (${consent})` : ''
    return {
      rule,
      title,
      status: 'tension',
      message: `Marriage is possible from ${marriage}, below 18${belowConsent}.`,
      basis,
    }
  }
  return { rule, title, status: 'consistent', message: `The minimum age of marriage is ${marriage}.`, basis }
}

export function checkCriminalResponsibilityBelow14(facts: AgeFacts): ConsistencyFinding {
  const rule = 'criminal-responsibility-below-14'
  const title = 'Minimum age of criminal responsibility'
  const basis = 'CRC Committee, General Comment No. 24 (2019)'
  const age = facts.ages['criminal-responsibility']
  if (typeof age !== 'number') return unknown(rule, title, missing(facts, ['criminal-responsibility']), basis)
  if (age < 14)
    return {
      rule,
      title,
      status: 'tension',
      message: `Children are criminally responsible from ${age}, below the minimum of 14 the CRC Committee recommends.`,
      basis,
    }
  return { rule, title, status: 'consistent', message: `Children are criminally responsible from ${age}.`, basis }
}

/** Every rule, in reading order. */
export function checkAgeConsistency(facts: AgeFacts): ConsistencyFinding[] {
  return [
    checkCsamAboveConsent(facts),
    checkDigitalAboveSexualConsent(facts),
    checkCsamBelow18(facts),
    checkMarriageBelow18(facts),
    checkCriminalResponsibilityBelow14(facts),
  ]
}

/** Summary for a table cell or a list: how many tensions and possible tensions. */
export function summariseFindings(findings: ConsistencyFinding[]) {
  return {
    tensions: findings.filter((finding) => finding.status === 'tension').length,
    checks: findings.filter((finding) => finding.status === 'check').length,
    unknown: findings.filter((finding) => finding.status === 'unknown').length,
  }
}
