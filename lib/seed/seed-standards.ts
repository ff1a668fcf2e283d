import type { Dataset } from '@/lib/dataset/read-dataset'
import type { ScoringKind, VerificationStatus } from '@/lib/generated/prisma/client'
import { addProblem, resolveRef, type SeedContext } from './context'
import { orNull, toDate, toEnum } from './convert'
import { openTable, type SeedRow } from './table'

/** Baseline standards with their criteria and criterion elements. Fills refs.criteria and refs.elements. */
export async function seedStandards(ctx: SeedContext, dataset: Dataset) {
  const standards = await openTable(ctx, {
    model: 'baselineStandard',
    entity: 'BaselineStandard',
    key: (row) => row.slug as string,
    curated: true,
  })
  const criteria = await openTable(ctx, {
    model: 'criterion',
    entity: 'Criterion',
    key: (row) => `${row.standardId}|${row.code}`,
    curated: true,
  })
  const elements = await openTable(ctx, {
    model: 'criterionElement',
    entity: 'CriterionElement',
    key: (row) => `${row.criterionId}|${row.code}`,
    curated: false,
  })
  const rows = { standards: [] as SeedRow[], criteria: [] as SeedRow[], elements: [] as SeedRow[] }

  for (const { file, data } of dataset.standards) {
    const instrumentId = resolveRef(ctx, ctx.refs.instruments, data.instrument, {
      source: file,
      record: data.slug,
      what: 'instrument',
    })
    const standardId = standards.idFor(data.slug)
    rows.standards.push({
      id: standardId,
      slug: data.slug,
      name: data.name,
      issuer: data.issuer,
      edition: orNull(data.edition),
      description: orNull(data.description),
      curatorNote: orNull(data.curatorNote),
      sourceUrl: data.sourceUrl,
      // A dangling instrument link is reported; the standard itself is still usable without it.
      instrumentId: instrumentId ?? null,
      publishedOn: toDate(data.publishedOn),
      verification: toEnum<VerificationStatus>(data.verification),
    })
    data.criteria.forEach((criterion, index) => {
      const ref = `${data.slug}/${criterion.code}`
      const where = { source: file, record: ref }
      const topicId = resolveRef(ctx, ctx.refs.topics, criterion.topic, { ...where, what: 'topic' })
      const sourceProvisionId = resolveRef(ctx, ctx.refs.provisions, criterion.sourceProvision, {
        ...where,
        what: 'provision',
      })
      if (topicId === undefined || sourceProvisionId === undefined) return
      if (ctx.refs.criteria.has(ref)) {
        addProblem(ctx, file, ref, 'duplicate criterion code; skipped')
        return
      }
      const criterionId = criteria.idFor(`${standardId}|${criterion.code}`)
      ctx.refs.criteria.set(ref, criterionId)
      rows.criteria.push({
        id: criterionId,
        standardId,
        code: criterion.code,
        title: criterion.title,
        text: criterion.text,
        topicId,
        scoring: toEnum<ScoringKind>(criterion.scoring),
        maxScore: orNull(criterion.maxScore),
        articleRef: orNull(criterion.articleRef),
        sourceProvisionId,
        sufficiencyGroup: orNull(criterion.sufficiencyGroup),
        sortOrder: index,
        verification: toEnum<VerificationStatus>(criterion.verification),
      })
      criterion.elements.forEach((element, elementIndex) => {
        const elementId = elements.idFor(`${criterionId}|${element.code}`)
        ctx.refs.elements.set(`${ref}|${element.code}`, elementId)
        rows.elements.push({
          id: elementId,
          criterionId,
          code: element.code,
          text: element.text,
          articleRef: orNull(element.articleRef),
          reservableArticle: orNull(element.reservableArticle),
          derivationRule: orNull(element.derivationRule),
          curatorNote: orNull(element.curatorNote),
          sortOrder: elementIndex,
        })
      })
    })
  }
  await standards.sync(rows.standards, 'prisma/data/standards')
  await criteria.sync(rows.criteria, 'prisma/data/standards')
  await elements.sync(rows.elements, 'prisma/data/standards')
}
