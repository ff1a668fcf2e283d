/**
 * Human labels for stored enum values, in one place. The record schemas take their allowed
 * values from these keys; pages and search documents show the labels.
 */
export const jurisdictionKindLabels = {
  STATE: 'State',
  SUBNATIONAL: 'Sub-national unit',
  REGIONAL_ORGANISATION: 'Regional organisation',
  INTERNATIONAL_ORGANISATION: 'International organisation',
  TERRITORY: 'Territory',
  OTHER: 'Other area',
} as const

export const instrumentKindLabels = {
  CONSTITUTION: 'Constitution',
  STATUTE: 'Statute',
  CODE: 'Code',
  REGULATION: 'Regulation',
  TREATY: 'Treaty',
  PROTOCOL: 'Protocol',
  DIRECTIVE: 'EU directive',
  EU_REGULATION: 'EU regulation',
  MODEL_LAW: 'Model law',
  GUIDELINE: 'Guideline',
} as const

export const instrumentStatusLabels = {
  IN_FORCE: 'In force',
  PARTLY_IN_FORCE: 'Partly in force',
  NOT_YET_IN_FORCE: 'Not yet in force',
  ENJOINED: 'Enjoined (enforcement blocked by a court)',
  REPEALED: 'Repealed',
  DRAFT: 'Draft',
  NOT_APPLICABLE: 'Not applicable',
} as const

export const treatyActionLabels = {
  SIGNATURE: 'Signature',
  RATIFICATION: 'Ratification',
  ACCESSION: 'Accession',
  ACCEPTANCE: 'Acceptance',
  APPROVAL: 'Approval',
  SUCCESSION: 'Succession',
  DENUNCIATION: 'Denunciation',
} as const

export const reservationKindLabels = {
  RESERVATION: 'Reservation',
  DECLARATION: 'Declaration',
  INTERPRETATIVE_DECLARATION: 'Interpretative declaration',
  NOTIFICATION: 'Notification',
} as const
