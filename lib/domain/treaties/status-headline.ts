import { formatPartialDate } from '@/lib/domain/format-partial-date'

/**
 * "N parties as of DATE": the depositary status date when recorded (statusAsOf), otherwise the
 * date shown, said plainly so a reader never takes LexBridge's count for the depositary's.
 */
export function statusHeadline(options: { parties: number; statusAsOf: Date | null; date: Date | null }): string {
  const n = `${options.parties} ${options.parties === 1 ? 'party' : 'parties'}`
  if (options.date) return `${n} on ${formatPartialDate(options.date)}`
  if (options.statusAsOf) return `${n} as of ${formatPartialDate(options.statusAsOf)}`
  return `${n} recorded (the depositary’s status date is not recorded)`
}
