/**
 * Legal synonyms, shared by both engines: Meilisearch gets them as index settings
 * (toMeilisearchSynonyms); the embedded engine expands the query with them (expand-query.ts).
 * Each group lists terms a researcher treats as the same thing across jurisdictions and
 * drafting eras; every term finds the others. Lower case, as written in the law.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  // Terminology guidelines (Luxembourg 2016) prefer CSAM; older law and the OPSC say "child pornography".
  [
    'child sexual abuse material',
    'child pornography',
    'csam',
    'csem',
    'child sexual exploitation material',
    'child abuse material',
    'indecent images of children',
    'indecent photographs of children',
    'indecent photograph of a child',
  ],
  // Lanzarote art. 23 and Directive 2011/93/EU art. 6; "luring" (Canada) and "enticement" (US).
  [
    'grooming',
    'solicitation of children for sexual purposes',
    'child solicitation',
    'luring',
    'child luring',
    'enticement',
  ],
  ['sexual extortion', 'sextortion'],
  // Who carries platform duties: DSA "intermediary service", UK OSA "user-to-user service", ICMEC "ISP".
  [
    'online service provider',
    'intermediary',
    'intermediary service',
    'platform',
    'online platform',
    'internet service provider',
    'isp',
    'electronic service provider',
    'hosting service',
    'user-to-user service',
  ],
  ['age verification', 'age assurance', 'age estimation'],
  ['live streaming', 'live-streaming', 'livestreaming', 'live-streamed'],
  ['self-generated material', 'self-generated sexual material', 'sexting'],
  ['notice and takedown', 'notice and action', 'takedown'],
  ['mutual legal assistance', 'mla', 'mlat'],
  ['child prostitution', 'sexual exploitation of children in prostitution'],
  ['minor', 'child'],
]

/** Meilisearch's synonyms setting: every term of a group maps to the other terms of its group. */
export function toMeilisearchSynonyms(groups = synonymGroups): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const group of groups) {
    for (const term of group) {
      const others = group.filter((other) => other !== term)
      result[term] = [...new Set([...(result[term] ?? []), ...others])]
    }
  }
  return result
}
