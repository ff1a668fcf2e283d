import type { Dataset } from '@/lib/dataset/read-dataset'
import type { AssessmentStatus, VerificationStatus } from '@/lib/generated/prisma/client'
import { addProblem, type SeedContext } from './context'
import { orNull, toDate, toEnum } from './convert'
import { openTable, type SeedRow } from './table'

/**
 * LexBridge's assessments (jurisdictions/*.json) with their evidence and per-element results.
 * An evidence item or element whose reference dangles is skipped on its own; the assessment stays.
 */
export async function seedAssessments(ctx: SeedContext, dataset: Dataset) {
  const assessments = await openTable(ctx, {
    model: 'assessment',
    entity: 'Assessment',
    key: (row) => `${row.jurisdictionId}|${row.criterionId}`,
    curated: true,
  })
  const evidence = await openTable(ctx, {
    model: 'assessmentEvidence',
    entity: 'AssessmentEvidence',
    key: (row) => `${row.assessmentId}|${row.provisionId}`,
    curated: false,
  })
  const results = await openTable(ctx, {
    model: 'assessmentElementResult',
    entity: 'AssessmentElementResult',
    key: (row) => `${row.assessmentId}|${row.elementId}`,
    curated: false,
  })
  const rows = { assessments: [] as SeedRow[], evidence: [] as SeedRow[], results: [] as SeedRow[] }

  for (const { file, data } of dataset.jurisdictions) {
    const jurisdictionId = ctx.refs.jurisdictions.get(data.jurisdiction)
    if (!jurisdictionId) {
      if (data.assessments.length)
        addProblem(ctx, file, data.jurisdiction, 'jurisdiction not found; assessments skipped')
      continue
    }
    for (const assessment of data.assessments) {
      const record = `assessment ${assessment.criterion}`
      const criterionId = ctx.refs.criteria.get(assessment.criterion)
      if (!criterionId) {
        addProblem(ctx, file, record, `criterion "${assessment.criterion}" not found; assessment skipped`)
        continue
      }
      const assessmentId = assessments.idFor(`${jurisdictionId}|${criterionId}`)
      rows.assessments.push({
        id: assessmentId,
        jurisdictionId,
        criterionId,
        status: toEnum<AssessmentStatus>(assessment.status),
        score: orNull(assessment.score),
        rationale: assessment.rationale,
        curatorNote: orNull(assessment.curatorNote),
        assessedOn: toDate(assessment.assessedOn),
        verification: toEnum<VerificationStatus>(assessment.verification),
      })
      for (const item of assessment.evidence) {
        const provisionId = ctx.refs.provisions.get(item.provision)
        if (!provisionId) {
          addProblem(ctx, file, `${record} evidence`, `provision "${item.provision}" not found; evidence skipped`)
          continue
        }
        const key = `${assessmentId}|${provisionId}`
        rows.evidence.push({
          id: evidence.idFor(key),
          assessmentId,
          provisionId,
          pinpoint: orNull(item.pinpoint),
          note: orNull(item.note),
        })
      }
      for (const element of assessment.elements) {
        const elementId = ctx.refs.elements.get(`${assessment.criterion}|${element.code}`)
        const provisionId = element.provision ? ctx.refs.provisions.get(element.provision) : null
        if (!elementId || provisionId === undefined) {
          const what = elementId ? `provision "${element.provision}"` : `element "${element.code}" of the criterion`
          addProblem(ctx, file, `${record} element ${element.code}`, `${what} not found; element result skipped`)
          continue
        }
        const key = `${assessmentId}|${elementId}`
        rows.results.push({
          id: results.idFor(key),
          assessmentId,
          elementId,
          status: toEnum<AssessmentStatus>(element.status),
          provisionId,
          pinpoint: orNull(element.pinpoint),
          note: orNull(element.note),
          curatorNote: orNull(element.curatorNote),
        })
      }
    }
  }
  await assessments.sync(rows.assessments, 'prisma/data/jurisdictions')
  await evidence.sync(rows.evidence, 'prisma/data/jurisdictions')
  await results.sync(rows.results, 'prisma/data/jurisdictions')
}
