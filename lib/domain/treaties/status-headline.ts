import { formatPartialDate } from '@/lib/domain/format-partial-date'

/**
 * "N parties as of DATE": the depositary status date when recorded (statusAsOf), otherwise the
 * date shown, said plainly so a reader never takes LexBridge's count for the depositary's. When
 * later actions were recorded from other official sources (a status page years old, completed
 * from news of each ratification), the count is not the depositary's of that date, and the
 * headline says so.
 */
export function statusHeadline(options: {
  parties: number
  statusAsOf: Date | null
  date: Date | null
  latestActionOn?: Date | null
}): string {
  const n = `${options.parties} ${options.parties === 1 ? 'party' : 'parties'}`
  if (options.date) return `${n} on ${formatPartialDate(options.date)}`
  const { statusAsOf, latestActionOn } = options
  if (statusAsOf && latestActionOn && latestActionOn > statusAsOf)
    return `${n} recorded: the depositary’s status as of ${formatPartialDate(statusAsOf)}, and later actions up to ${formatPartialDate(latestActionOn)} from other official sources`
  if (statusAsOf) return `${n} as of ${formatPartialDate(statusAsOf)}`
  return `${n} recorded (the depositary’s status date is not recorded)`
}
