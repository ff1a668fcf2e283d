/**
 * Sources and licences stated in the bulk download's manifest: the same list as README "The data"
 * and /about/data. Each record also carries its own official source URL.
 */
export const bulkSources = [
  {
    name: 'ISO 3166 / UN M49 country codes (datasets/country-codes)',
    licence: 'ODC Public Domain Dedication and License (PDDL)',
  },
  {
    name: 'UN treaty status for CRC, OPSC, OPAC, OPIC (to mid-2022, year only)',
    licence: 'No licence stated; public facts. Primary source: UN Treaty Collection',
  },
  {
    name: 'Legislation, treaties, official journals, treaty depositaries',
    licence: 'Public law, quoted for research; see each record’s sourceUrl / officialUrl',
  },
  { name: 'Assessments against baseline standards', licence: 'LexBridge’s own analysis, not the standard issuer’s' },
]
