import type { DraftForecast } from './conformity'

/**
 * The one-sentence answer negotiators look for first, used on the page and in both exports:
 * "Adopting this draft would require changes in 5 of 12 jurisdictions, on clauses 1, 3 and 4."
 */
export function describeForecast(forecast: DraftForecast, clauseNumber: (clauseId: string) => number): string {
  const { participants, linkedClauses, requiringChange, undetermined, clausesRequiringChange } = forecast.summary
  if (participants === 0) return 'Add participating jurisdictions to see what this draft would ask of each.'
  if (linkedClauses === 0)
    return 'Link clauses to a criterion or a concept to forecast what they would ask of each jurisdiction.'
  const unknown =
    undetermined > 0
      ? ` For ${undetermined} ${plural(undetermined, 'jurisdiction')} LexBridge has no assessment or definition to judge by.`
      : ''
  if (requiringChange === 0)
    return `No participating jurisdiction would need to change its law, on the evidence recorded.${unknown}`
  const numbers = clausesRequiringChange.map(clauseNumber).sort((a, b) => a - b)
  return `Adopting this draft would require changes in ${requiringChange} of ${participants} ${plural(participants, 'jurisdiction')}, on ${plural(numbers.length, 'clause')} ${listOf(numbers.map(String))}.${unknown}`
}

const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`)

export function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
