// `npm run bench:search [-- --provisions=100000 --jurisdictions=250 --iterations=100]` (the 1,000,000-
// provision case: `--provisions=1000000 --jurisdictions=300 --iterations=50`, about 7 minutes to load).
// Loads a synthetic corpus with set-based SQL (generate_series, one statement per table, so the
// tsvector and vocabulary triggers run as they do for real writes) and times the embedded engine's
// search() — the whole server-side call the page and API make: typo lookup, ranked page,
// snippets, facet counts and document mapping. Targets on the server: p95 ≤ 50 ms at 100,000
// provisions, ≤ 150 ms at 1,000,000.
import type { Db } from '@/lib/db/prisma'
import { createEmbeddedEngine } from '@/lib/search/embedded/embedded-engine'
import type { SearchFilters, SearchRequest } from '@/lib/search/search-port'
import { cpus, loadavg } from 'node:os'
import { formatTiming } from './measure'
import type { BenchCase } from './bench-case'

const arg = (args: string[], name: string, fallback: number) =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)

// Key phrases a child-protection corpus uses; each provision gets one as heading and one in its text.
const phrases = [
  'online grooming of a child',
  'possession of child sexual abuse material',
  'age verification measures',
  'solicitation of children for sexual purposes',
  'production of child pornography',
  'sexual extortion of a minor',
  'duties of online service providers',
  'notice and takedown procedure',
  'live streaming of sexual abuse',
  'mutual legal assistance requests',
  'preservation of stored computer data',
  'risk assessment of services',
  'transparency reporting obligations',
  'liability of hosting services',
  'distribution or transmission of material',
  'knowingly obtaining access to material',
  'mandatory reporting to the hotline',
  'corruption of children',
  'child prostitution offences',
  'protection of victims during proceedings',
  'jurisdiction over offences abroad',
  'seizure and confiscation',
  'aggravating circumstances',
  'sanctions against legal persons',
  'parental consent for data processing',
  'default privacy settings for children',
  'removal orders issued by the authority',
  'cooperation with law enforcement',
  'training of professionals',
  'limitation period for prosecution',
  'offering or making available material',
  'procuring a child for sexual performances',
  'self-generated sexual material',
  'intermediary liability exemptions',
  'codes of practice',
  'independent regulator powers',
  'penalties for non-compliance',
  'investigative techniques online',
  'victim identification databases',
  'prevention programmes',
]
const filler =
  `person shall commit offence under this section liable conviction imprisonment term exceeding years fine both court may order
  authority provider service user content information means relation purpose subsection paragraph regulation act law state party measures necessary
  ensure appropriate including without limitation any other where such that which made given relevant applicable thereof pursuant accordance
  requirement provided notwithstanding subject condition public private electronic communication network system device record evidence proceedings
  prosecution investigation competent national international cooperation data personal processing consent age years under eighteen sixteen thirteen
  minor victim offender material image video depiction representation visual audio written conduct act omission intent knowledge reasonable grounds`
    .split(/\s+/)
    .filter(Boolean)

const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]::text[]`

async function loadCorpus(db: Db, provisions: number, jurisdictions: number, log: (line: string) => void) {
  const instrumentsPer = 10
  const instruments = jurisdictions * instrumentsPer
  const perInstrument = Math.ceil(provisions / instruments)
  const started = Date.now()
  const step = async (label: string, sql: string) => {
    const t = Date.now()
    await db.$executeRawUnsafe(sql)
    log(`  ${label} (${((Date.now() - t) / 1000).toFixed(1)} s)`)
  }
  await step(
    `${jurisdictions} jurisdictions`,
    `INSERT INTO "Jurisdiction" (id, code, name, kind, "regionCode", "regionName", verification, "updatedAt")
     SELECT 'bj' || g, 'B' || lpad(g::text, 3, '0'), 'Benchland ' || g, 'STATE',
       (ARRAY['002','019','142','150','009'])[1 + g % 5], (ARRAY['Africa','Americas','Asia','Europe','Oceania'])[1 + g % 5],
       (CASE WHEN g % 3 = 0 THEN 'NEEDS_REVIEW' ELSE 'VERIFIED' END)::"VerificationStatus", now()
     FROM generate_series(1, ${jurisdictions}) g`,
  )
  await step(
    `${instruments} instruments and versions`,
    `WITH i AS (
       INSERT INTO "Instrument" (id, uri, "jurisdictionId", kind, title, "inForceOn", language, verification, "updatedAt")
       SELECT 'bi' || g, '/akn/b' || g || '/act/2000/' || g, 'bj' || (1 + (g - 1) / ${instrumentsPer}),
         (ARRAY['STATUTE','CODE','REGULATION','STATUTE','GUIDELINE'])[1 + g % 5]::"InstrumentKind",
         'Child Protection (Online) Act No. ' || g, date '1990-01-01' + (g * 3571 % 12400), (ARRAY['eng','fra','spa','deu','por'])[1 + g % 5],
         (CASE WHEN g % 4 = 0 THEN 'NEEDS_REVIEW' ELSE 'VERIFIED' END)::"VerificationStatus", now()
       FROM generate_series(1, ${instruments}) g RETURNING id, language)
     INSERT INTO "InstrumentVersion" (id, "instrumentId", "expressionUri", language, "updatedAt")
     SELECT 'bv' || substr(id, 3), id, '/akn/expr/' || id, language, now() FROM i`,
  )
  const p = sqlArray(phrases)
  const w = sqlArray(filler)
  // Realistic spread: a provision's heading is one of 400 (40 key phrases among 360 generic
  // ones); a quarter of texts quote a key phrase. A key term so matches about 1% of provisions,
  // a filler word such as "offence" about a quarter (the "broad word" case).
  await step(
    `${provisions.toLocaleString('en-GB')} provisions`,
    `INSERT INTO "Provision" (id, "versionId", "eId", num, heading, text, citation, verification, "sortOrder", "updatedAt")
     SELECT 'bp' || g, 'bv' || (1 + (g - 1) / ${perInstrument}), 'sec_' || g, 's. ' || g,
       CASE WHEN g % 10 = 0 THEN initcap((${p})[1 + (g / 10 * 7 % ${phrases.length})])
            ELSE initcap((${w})[1 + (g * 31 % ${filler.length})] || ' ' || (${w})[1 + (g * 17 % ${filler.length})]) END,
       (SELECT string_agg((${w})[1 + ((g * 2654435761 + k * 40503) % 1000003 % ${filler.length})], ' ') FROM generate_series(1, 30) k)
         || CASE WHEN g % 4 = 0 THEN ' ' || (${p})[1 + ((g / 4 * 13 + 5) % ${phrases.length})] ELSE '' END
         || ' rare' || (g::bigint * 7919 % 20000) || ' term' || (g::bigint * 104729 % 5000) || '.',
       'Act No. ' || (1 + (g - 1) / ${perInstrument}) || ', s. ' || g,
       (CASE WHEN g % 5 = 0 THEN 'NEEDS_REVIEW' ELSE 'VERIFIED' END)::"VerificationStatus", g, now()
     FROM generate_series(1, ${provisions}) g`,
  )
  await step(
    'topics and provision topics',
    `INSERT INTO "Topic" (id, slug, name, "updatedAt") SELECT 'bt' || g, 'bench.topic-' || g, 'Bench topic ' || g, now() FROM generate_series(1, 12) g;
     INSERT INTO "ProvisionTopic" ("provisionId", "topicId") SELECT 'bp' || g, 'bt' || (1 + g % 12) FROM generate_series(1, ${provisions}) g`,
  )
  await step(
    'concepts and definitions',
    `INSERT INTO "Concept" (id, slug, name, "updatedAt") SELECT 'bc' || g, 'bench-concept-' || g, 'Bench concept ' || g, now() FROM generate_series(1, 6) g;
     INSERT INTO "Definition" (id, "conceptId", "jurisdictionId", "provisionId", term, text, citation, language, "updatedAt")
     SELECT 'bd' || g, 'bc' || (1 + g % 6), 'bj' || (1 + g % ${jurisdictions}), 'bp' || (g * 37 % ${provisions} + 1),
       (${p})[1 + g % ${phrases.length}], 'means any ' || (${p})[1 + (g * 3) % ${phrases.length}] || ' within the meaning of this act', 'Def. ' || g, 'eng', now()
     FROM generate_series(1, ${jurisdictions * 10}) g`,
  )
  // A live database is vacuumed by autovacuum; measure that steady state, not a freshly bulk-loaded heap.
  await db.$executeRawUnsafe(`VACUUM ANALYZE`)
  log(`  loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

export const bench: BenchCase = {
  name: 'search',
  async run({ db, target, log, args }) {
    const provisions = arg(args, 'provisions', 100_000)
    const jurisdictions = arg(args, 'jurisdictions', 250)
    const iterations = arg(args, 'iterations', 100)
    log(`Corpus: ${provisions.toLocaleString('en-GB')} provisions over ${jurisdictions} jurisdictions`)
    await loadCorpus(db, provisions, jurisdictions, log)

    const engine = createEmbeddedEngine(db)
    const request = (q: string, filters: SearchFilters = {}): SearchRequest => ({
      q,
      filters,
      sort: 'relevance',
      page: 1,
      pageSize: 20,
    })
    const cases: { label: string; requests: SearchRequest[] }[] = [
      {
        label: 'single word',
        requests: ['grooming', 'possession', 'verification', 'extortion', 'takedown'].map((q) => request(q)),
      },
      {
        label: 'multi-word',
        requests: [
          'age verification measures',
          'possession of material',
          'online grooming child',
          'hosting services liability',
        ].map((q) => request(q)),
      },
      { label: 'typo', requests: ['groomng', 'posession', 'verfication', 'extorsion'].map((q) => request(q)) },
      {
        label: 'two facets',
        requests: [
          request('grooming', { region: '150', kind: 'STATUTE' }),
          request('possession', { jurisdiction: 'B042', verification: 'VERIFIED' }),
          request('reporting', { language: 'fra', verification: 'VERIFIED' }),
        ],
      },
      { label: 'synonym (child pornography)', requests: [request('child pornography')] },
      // Reported, not held to the target: a word in a quarter of all provisions.
      { label: 'broad word (offence)', requests: [request('offence')] },
    ]
    // Issue 18: p95 ≤ 50 ms at 100,000 provisions and ≤ 150 ms at 1,000,000, on the server.
    const target95 = target === 'server' ? (provisions >= 1_000_000 ? 150 : 50) : undefined
    const totals = await Promise.all(
      cases.map((c) => Promise.all(c.requests.map(async (r) => (await engine.search(r)).total))),
    )
    // Warm the caches the way a running server is warm, then measure the cases in interleaved
    // rounds so a burst of load from other processes spreads over all cases instead of one.
    for (const c of cases) for (const r of c.requests) for (let i = 0; i < 3; i++) await engine.search(r)
    const rounds = 5
    const samples = cases.map(() => [] as number[])
    for (let round = 0; round < rounds; round++) {
      for (const [index, c] of cases.entries()) {
        const per = Math.ceil(iterations / rounds)
        for (let i = 0; i < per; i++) {
          const started = performance.now()
          await engine.search(c.requests[(round * per + i) % c.requests.length])
          samples[index].push(performance.now() - started)
        }
      }
    }
    for (const [index, c] of cases.entries()) {
      const sorted = samples[index].sort((a, b) => a - b)
      const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
      const timing = {
        label: c.label,
        iterations: sorted.length,
        p50: pick(0.5),
        p95: pick(0.95),
        max: sorted[sorted.length - 1],
      }
      const heldToTarget = !c.label.startsWith('broad')
      log(
        `${formatTiming(timing, heldToTarget ? target95 : undefined)}   matches: ${totals[index].map((n) => n.toLocaleString('en-GB')).join(' / ')}`,
      )
    }
    log(
      `(load average during the run: ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' / ')} on ${cpus().length} CPUs)`,
    )
  },
}
