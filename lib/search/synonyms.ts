/**
 * The one list of legal synonyms, shared by both engines: Meilisearch gets it as index settings
 * (toMeilisearchSynonyms); the embedded engine expands the query with it (expand-query.ts).
 *
 * Each group lists terms a researcher treats as the same thing across jurisdictions and drafting
 * eras; every term finds the others. Terms are lower case, as written in the law; a hyphen and a
 * space are the same to the lookup ("ai-generated" = "ai generated"). Every group names the texts
 * that use its terms for the same conduct or material (`source`, with the official address in
 * `url`): a new group or term is added only with such a source, and reviewed like code
 * (docs/search.md "Vocabulary"). A term of everyday speech that no law uses ("deepfake",
 * "sextortion") is listed beside the legal wording that covers it, so that it finds that law.
 */
export type SynonymGroup = {
  readonly terms: readonly string[]
  /** The texts in which these terms name the same thing (instrument and article / section) */
  readonly source: string
  /** Official address of the first text named in `source` */
  readonly url: string
}

export const synonymList: readonly SynonymGroup[] = [
  {
    terms: [
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
    source:
      'OPSC art. 2(c) ("child pornography"); UN Convention against Cybercrime art. 14 ("child sexual abuse or child sexual exploitation material"); Protection of Children Act 1978 (UK) s. 1 ("indecent photograph … of a child")',
    url: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-11-c&chapter=4&clang=_en',
  },
  {
    terms: [
      'grooming',
      'solicitation of children for sexual purposes',
      'child solicitation',
      'luring',
      'child luring',
      'enticement',
    ],
    source:
      'Lanzarote Convention art. 23 and Directive 2011/93/EU art. 6 ("solicitation of children for sexual purposes"); Criminal Code (Canada) s. 172.1 ("luring a child"); 18 U.S.C. § 2422(b) ("entices")',
    url: 'https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=201',
  },
  {
    terms: ['sexual extortion', 'sextortion', 'sexually extorting'],
    source:
      'Sexual Offences against Children Act 2017 (Malaysia) s. 15B, as amended in 2023 ("sexual extortion"); Republic Act No. 11930 (Philippines) s. 4 ("sexual extortion"); "sextortion" is the everyday word for this conduct (LexBridge taxonomy concept sexual-extortion)',
    url: 'https://lom.agc.gov.my/',
  },
  {
    terms: [
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
    source:
      'Digital Services Act (Regulation (EU) 2022/2065) art. 3(g) ("intermediary service", "hosting service") and 3(i) ("online platform"); Online Safety Act 2023 (UK) s. 3 ("user-to-user service"); 18 U.S.C. § 2258E ("electronic communication service provider")',
    url: 'https://eur-lex.europa.eu/eli/reg/2022/2065/oj',
  },
  {
    terms: ['age verification', 'age assurance', 'age estimation'],
    source: 'Online Safety Act 2023 (UK), whose "age assurance" covers age verification and age estimation',
    url: 'https://www.legislation.gov.uk/ukpga/2023/50',
  },
  {
    terms: [
      'live streaming',
      'live-streaming',
      'livestreaming',
      'livestream',
      'live stream',
      'live-streamed',
      'real-time transmission',
      'transmitted in real time',
    ],
    source:
      'Republic Act No. 11930 (Philippines) s. 4 ("live-streaming or streaming sexual abuse of a child"); Cybersecurity Act 2020 (Ghana) s. 62 ("stream, including live stream"); StGB (Germany) § 11(3) (content transmitted by information technology without being stored, i.e. real-time transmission)',
    url: 'https://lawphil.net/statutes/repacts/ra2022/ra_11930_2022.html',
  },
  {
    terms: [
      'deepfake',
      'deep fake',
      'ai-generated',
      'synthetic',
      'computer-generated',
      'pseudo-photograph',
      'realistic images',
      'morphed',
    ],
    source:
      'Protection of Children Act 1978 (UK) s. 7(7) ("pseudo-photograph": an image "made by computer-graphics or otherwise howsoever"); 18 U.S.C. § 2256(8)(B)-(C) ("computer-generated image … indistinguishable from that of a minor"; depiction "created, adapted, or modified" to show an identifiable minor); Budapest Convention art. 9(2)(c) ("realistic images representing a minor")',
    url: 'https://www.legislation.gov.uk/ukpga/1978/37/section/7',
  },
  {
    terms: ['self-generated material', 'self-generated sexual material', 'sexting'],
    source:
      'UN Convention against Cybercrime art. 14(4) ("self-generated material" depicting children); "sexting" is the everyday word for children sharing such images',
    url: 'https://docs.un.org/en/A/RES/79/243',
  },
  {
    terms: ['notice and takedown', 'notice and action', 'takedown'],
    source: 'Digital Services Act art. 16 ("notice and action mechanisms")',
    url: 'https://eur-lex.europa.eu/eli/reg/2022/2065/oj',
  },
  {
    terms: ['mutual legal assistance', 'mla', 'mlat'],
    source: 'Budapest Convention arts 25-34 ("mutual assistance"); MLAT = mutual legal assistance treaty',
    url: 'https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=185',
  },
  {
    terms: ['child prostitution', 'sexual exploitation of children in prostitution'],
    source: 'OPSC art. 2(b) ("child prostitution"); Lanzarote Convention art. 19 ("child prostitution")',
    url: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-11-c&chapter=4&clang=_en',
  },
  {
    terms: ['minor', 'child'],
    source: 'UN Convention on the Rights of the Child art. 1 ("child"); 18 U.S.C. § 2256(1) ("minor")',
    url: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-11&chapter=4&clang=_en',
  },
]

/** The terms of each group (what the engines use). */
export const synonymGroups: readonly (readonly string[])[] = synonymList.map((group) => group.terms)

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
