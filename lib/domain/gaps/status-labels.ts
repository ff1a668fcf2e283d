import type { Status } from './gap-inputs'

/** Words and icons for statuses: the matrix never relies on colour alone. */
export const statusLabels: Record<Status, string> = {
  MET: 'Met',
  PARTIAL: 'Partly met',
  NOT_MET: 'Not met',
  RESERVED: 'Reserved',
  UNKNOWN: 'Not assessed yet',
}

export const statusIcons: Record<Status, string> = {
  MET: '✓',
  PARTIAL: '◐',
  NOT_MET: '✗',
  RESERVED: 'R',
  UNKNOWN: '?',
}

export const statusParam: Record<Status, string> = {
  MET: 'met',
  PARTIAL: 'partial',
  NOT_MET: 'not-met',
  RESERVED: 'reserved',
  UNKNOWN: 'not-assessed',
}

export const treatyStatusLabels = {
  party: 'Party',
  signatory: 'Signatory',
  denounced: 'Denounced',
  none: 'No action recorded',
} as const
