import { parseCoeChart } from './coe-chart'
import type { CountryNameResolver } from './country-names'
import { parseUnStatusPage } from './un-mtdsg'
import type { StatusPageResult } from './status-page'

/** Which depositary format an uploaded file is in, by its content (not its name); null when neither. */
export function detectStatusFormat(text: string): 'un-mtdsg' | 'coe-chart' | null {
  if (!/<(table|html)\b/i.test(text)) return null
  if (/Status as at\s*:?\s*\d{1,2}-\d{1,2}-\d{4}/i.test(text) && /Participant/i.test(text)) return 'un-mtdsg'
  if (
    /Status as of\s*:?\s*\d{1,2}\/\d{1,2}\/\d{4}/i.test(text) &&
    /Ratification/i.test(text) &&
    /Signature/i.test(text)
  )
    return 'coe-chart'
  return null
}

export function parseStatusPage(text: string, resolve: CountryNameResolver): StatusPageResult {
  const format = detectStatusFormat(text)
  if (format === 'un-mtdsg') return parseUnStatusPage(text, resolve)
  if (format === 'coe-chart') return parseCoeChart(text, resolve)
  return {
    page: null,
    problems: [
      {
        location: 'file',
        message: 'Not a UN Treaty Collection status page or a Council of Europe chart of signatures and ratifications.',
      },
    ],
  }
}
