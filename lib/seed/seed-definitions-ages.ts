import type { Dataset } from '@/lib/dataset/read-dataset'
import { parseConceptFeatures } from '@/lib/schemas/concept-features'
import type { Prisma, TextKind, VerificationStatus } from '@/lib/generated/prisma/client'
import { addProblem, resolveRef, type SeedContext } from './context'
import { orNull, toDate, toEnum } from './convert'
import { openTable, type SeedRow } from './table'

/**
 * Definitions and age benchmarks from jurisdictions/*.json. Neither has a natural unique key,
 * so the id is a hash of what identifies the record (jurisdiction, concept or kind, provision or
 * citation …); a repeat of the same key gets "#2", "#3" in file order.
 */
export async function seedDefinitionsAndAges(ctx: SeedContext, dataset: Dataset) {
  const definitions = await openTable(ctx, {
    model: 'definition',
    entity: 'Definition',
    key: (row) => row.id,
    curated: true,
  })
  const ages = await openTable(ctx, {
    model: 'ageBenchmark',
    entity: 'AgeBenchmark',
    key: (row) => row.id,
    curated: true,
  })
  const rows = { definitions: [] as SeedRow[], ages: [] as SeedRow[] }
  const occurrence = occurrenceCounter()

  for (const { file, data } of dataset.jurisdictions) {
    const jurisdictionId = ctx.refs.jurisdictions.get(data.jurisdiction)
    if (!jurisdictionId) {
      if (data.definitions.length || data.ageBenchmarks.length)
        addProblem(ctx, file, data.jurisdiction, 'jurisdiction not found; definitions and ages skipped')
      continue
    }
    for (const definition of data.definitions) {
      const record = `definition ${definition.concept} "${definition.term}"`
      const conceptId = resolveRef(ctx, ctx.refs.concepts, definition.concept, {
        source: file,
        record,
        what: 'concept',
      })
      const provisionId = resolveRef(ctx, ctx.refs.provisions, definition.provision, {
        source: file,
        record,
        what: 'provision',
      })
      const features = parseConceptFeatures(definition.concept, definition.features)
      if (!features.success) addProblem(ctx, file, record, `features do not match the ${definition.concept} schema`)
      if (!conceptId || provisionId === undefined || !features.success) continue
      const key = occurrence(
        `${data.jurisdiction}|${definition.concept}|${definition.provision ?? definition.citation}|${definition.term}`,
      )
      rows.definitions.push({
        id: definitions.idFor(key),
        conceptId,
        jurisdictionId,
        provisionId,
        term: definition.term,
        curatorNote: definition.curatorNote ?? null,
        text: definition.text,
        textKind: toEnum<TextKind>(definition.textKind),
        // Stored with the concept schema's defaults filled in, so every row has every feature.
        features: features.data as Prisma.InputJsonValue,
        citation: definition.citation,
        sourceUrl: definition.sourceUrl,
        language: orNull(definition.language),
        verification: toEnum<VerificationStatus>(definition.verification),
      })
    }
    for (const age of data.ageBenchmarks) {
      const record = `age ${age.kind}`
      const kindId = resolveRef(ctx, ctx.refs.ageKinds, age.kind, { source: file, record, what: 'age benchmark kind' })
      const provisionId = resolveRef(ctx, ctx.refs.provisions, age.provision, {
        source: file,
        record,
        what: 'provision',
      })
      if (!kindId || provisionId === undefined) continue
      const key = occurrence(`${data.jurisdiction}|${age.kind}|${age.provision ?? age.citation}|${age.validFrom ?? ''}`)
      rows.ages.push({
        id: ages.idFor(key),
        jurisdictionId,
        kindId,
        age: age.age,
        conditions: orNull(age.conditions),
        curatorNote: orNull(age.curatorNote),
        provisionId,
        citation: age.citation,
        sourceUrl: age.sourceUrl,
        validFrom: toDate(age.validFrom),
        validTo: toDate(age.validTo),
        lastVerifiedOn: toDate(age.lastVerifiedOn),
        verification: toEnum<VerificationStatus>(age.verification),
      })
    }
  }
  await definitions.sync(rows.definitions, 'prisma/data/jurisdictions')
  await ages.sync(rows.ages, 'prisma/data/jurisdictions')
}

/** Returns the key the first time, then "key#2", "key#3" … for repeats. */
export function occurrenceCounter() {
  const seen = new Map<string, number>()
  return (key: string) => {
    const count = (seen.get(key) ?? 0) + 1
    seen.set(key, count)
    return count === 1 ? key : `${key}#${count}`
  }
}
