import { iso, toDate } from '../curated-model'
import { required } from '../refs'
import { provisionRefOf, provisionRefSelect } from './provision-natural-key'
import { contains, defineConfig, rel } from './record-config'

export const definitionConfig = defineConfig({
  key: 'definitions',
  model: 'definition',
  select: {
    id: true,
    term: true,
    text: true,
    textKind: true,
    features: true,
    citation: true,
    sourceUrl: true,
    language: true,
    verification: true,
    curatorNote: true,
    concept: { select: { slug: true } },
    jurisdiction: { select: { code: true } },
    provision: provisionRefSelect,
  },
  toInput: (row) => ({
    concept: rel<{ slug: string }>(row, 'concept').slug,
    jurisdiction: rel<{ code: string }>(row, 'jurisdiction').code,
    provision: provisionRefOf(row, 'provision'),
    term: row.term as string,
    text: row.text as string,
    textKind: row.textKind as 'SUMMARY',
    features: (row.features ?? {}) as Record<string, unknown>,
    citation: row.citation as string,
    sourceUrl: row.sourceUrl as string | null,
    language: row.language as string | null,
    curatorNote: row.curatorNote as string | null,
    verification: row.verification as 'VERIFIED',
  }),
  toData: async (input, refs) => {
    const { concept, jurisdiction, provision, ...rest } = input
    return {
      ...rest,
      conceptId: required(await refs.concept('concept', concept)),
      jurisdictionId: required(await refs.jurisdiction('jurisdiction', jurisdiction)),
      provisionId: await refs.provision('provision', provision),
    }
  },
  keyColumns: ['jurisdictionId', 'conceptId', 'term'],
  uniqueKey: false,
  title: (row) => `“${row.term as string}” (${rel<{ code: string }>(row, 'jurisdiction').code})`,
  subtitle: (row) => `${rel<{ slug: string }>(row, 'concept').slug} · ${row.citation as string}`,
  search: (q) => ({
    OR: [
      contains('term', q),
      contains('text', q),
      contains('citation', q),
      { jurisdiction: { code: q.toUpperCase() } },
    ],
  }),
  orderBy: [{ term: 'asc' }],
})

export const ageBenchmarkConfig = defineConfig({
  key: 'age-benchmarks',
  model: 'ageBenchmark',
  select: {
    id: true,
    age: true,
    conditions: true,
    citation: true,
    sourceUrl: true,
    validFrom: true,
    validTo: true,
    lastVerifiedOn: true,
    verification: true,
    curatorNote: true,
    jurisdiction: { select: { code: true } },
    kind: { select: { code: true } },
    provision: provisionRefSelect,
  },
  toInput: (row) => ({
    jurisdiction: rel<{ code: string }>(row, 'jurisdiction').code,
    kind: rel<{ code: string }>(row, 'kind').code,
    age: row.age as number | null,
    conditions: row.conditions as string | null,
    provision: provisionRefOf(row, 'provision'),
    citation: row.citation as string,
    sourceUrl: row.sourceUrl as string | null,
    validFrom: iso(row.validFrom),
    validTo: iso(row.validTo),
    lastVerifiedOn: iso(row.lastVerifiedOn),
    curatorNote: row.curatorNote as string | null,
    verification: row.verification as 'VERIFIED',
  }),
  toData: async (input, refs) => {
    const { jurisdiction, kind, provision, validFrom, validTo, lastVerifiedOn, ...rest } = input
    return {
      ...rest,
      jurisdictionId: required(await refs.jurisdiction('jurisdiction', jurisdiction)),
      kindId: required(await refs.ageKind('kind', kind)),
      provisionId: await refs.provision('provision', provision),
      validFrom: toDate(validFrom),
      validTo: toDate(validTo),
      lastVerifiedOn: toDate(lastVerifiedOn),
    }
  },
  keyColumns: ['jurisdictionId', 'kindId', 'validFrom'],
  uniqueKey: false,
  title: (row) =>
    `${rel<{ code: string }>(row, 'jurisdiction').code}: ${rel<{ code: string }>(row, 'kind').code} ${row.age ?? 'none set'}`,
  subtitle: (row) => row.citation as string,
  search: (q) => ({
    OR: [
      contains('citation', q),
      contains('conditions', q),
      { jurisdiction: { code: q.toUpperCase() } },
      { kind: { code: q } },
    ],
  }),
  orderBy: [{ jurisdiction: { code: 'asc' } }],
})
