/**
 * legislation.gov.uk document types → Akoma Ntoso work URIs (decision 0601). Acts of the UK
 * Parliament are /akn/gb/act/{year}/{number}; devolved legislation belongs to its own jurisdiction
 * (gb-sct, gb-wls, gb-nir, the ISO 3166-2 codes the dataset uses); secondary legislation carries
 * a subtype after "act", as Laws.Africa does for government notices (/akn/za/act/gn/…).
 */
type UkType = { country: string; subtype?: string; kind: string; cite: (year: string, number: string) => string }

const ukTypes: Record<string, UkType> = {
  ukpga: { country: 'gb', kind: 'STATUTE', cite: (y, n) => `${y} c. ${n}` },
  ukla: { country: 'gb', subtype: 'la', kind: 'STATUTE', cite: (y, n) => `${y} c. ${n}` },
  asp: { country: 'gb-sct', kind: 'STATUTE', cite: (y, n) => `${y} asp ${n}` },
  asc: { country: 'gb-wls', kind: 'STATUTE', cite: (y, n) => `${y} asc ${n}` },
  anaw: { country: 'gb-wls', kind: 'STATUTE', cite: (y, n) => `${y} anaw ${n}` },
  mwa: { country: 'gb-wls', subtype: 'measure', kind: 'STATUTE', cite: (y, n) => `${y} nawm ${n}` },
  nia: { country: 'gb-nir', kind: 'STATUTE', cite: (y, n) => `${y} c. ${n} (N.I.)` },
  uksi: { country: 'gb', subtype: 'si', kind: 'REGULATION', cite: (y, n) => `S.I. ${y}/${n}` },
  ssi: { country: 'gb-sct', subtype: 'ssi', kind: 'REGULATION', cite: (y, n) => `S.S.I. ${y}/${n}` },
  wsi: { country: 'gb-wls', subtype: 'si', kind: 'REGULATION', cite: (y, n) => `W.S.I. ${y}/${n}` },
  nisr: { country: 'gb-nir', subtype: 'sr', kind: 'REGULATION', cite: (y, n) => `S.R. ${y}/${n}` },
}

export type UkWork = {
  uri: string
  country: string
  kind: string
  officialCitation: string
  officialUrl: string
  typeCode: string
}

/** "http://www.legislation.gov.uk/id/ukpga/1998/29" (or without /id, or with a version tail) → UkWork */
export function ukWorkFromUri(uri: string | undefined): UkWork | undefined {
  const m = /legislation\.gov\.uk\/(?:id\/)?([a-z]+)\/(\d{4})\/(\d+)/.exec(uri ?? '')
  if (!m) return undefined
  const [, typeCode, year, number] = m
  const type = ukTypes[typeCode]
  if (!type) return undefined
  return {
    uri: `/akn/${type.country}/act/${type.subtype ? `${type.subtype}/` : ''}${year}/${number}`,
    country: type.country,
    kind: type.kind,
    officialCitation: type.cite(year, number),
    officialUrl: `https://www.legislation.gov.uk/${typeCode}/${year}/${number}`,
    typeCode,
  }
}
