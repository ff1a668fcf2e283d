import { validationError } from '@/lib/errors/app-error'
import { iso, toDate, type Row } from '../curated-model'
import { required } from '../refs'
import { provisionRefOf, provisionRefSelect } from './provision-natural-key'
import { contains, defineConfig, rel } from './record-config'

export const standardConfig = defineConfig({
  key: 'standards',
  model: 'baselineStandard',
  select: {
    id: true,
    slug: true,
    name: true,
    issuer: true,
    edition: true,
    description: true,
    sourceUrl: true,
    publishedOn: true,
    verification: true,
    curatorNote: true,
    instrument: { select: { uri: true } },
  },
  toInput: (row) => ({
    slug: row.slug as string,
    name: row.name as string,
    issuer: row.issuer as string,
    edition: row.edition as string | null,
    description: row.description as string | null,
    sourceUrl: row.sourceUrl as string | null,
    instrument: rel<{ uri: string } | null>(row, 'instrument')?.uri ?? null,
    publishedOn: iso(row.publishedOn),
    curatorNote: row.curatorNote as string | null,
    verification: row.verification as 'VERIFIED',
  }),
  toData: async (input, refs) => {
    const { instrument, publishedOn, ...rest } = input
    return { ...rest, instrumentId: await refs.instrument('instrument', instrument), publishedOn: toDate(publishedOn) }
  },
  keyColumns: ['slug'],
  uniqueKey: true,
  title: (row) => row.name as string,
  subtitle: (row) => `${row.slug as string} · ${row.issuer as string}`,
  search: (q) => ({ OR: [contains('name', q), contains('slug', q), contains('issuer', q)] }),
  orderBy: [{ name: 'asc' }],
})

export const criterionConfig = defineConfig({
  key: 'criteria',
  model: 'criterion',
  select: {
    id: true,
    code: true,
    title: true,
    text: true,
    scoring: true,
    maxScore: true,
    articleRef: true,
    sufficiencyGroup: true,
    sortOrder: true,
    verification: true,
    standard: { select: { slug: true } },
    topic: { select: { slug: true } },
    sourceProvision: provisionRefSelect,
  },
  toInput: (row) => ({
    standard: rel<{ slug: string }>(row, 'standard').slug,
    code: row.code as string,
    title: row.title as string,
    text: row.text as string,
    topic: rel<{ slug: string } | null>(row, 'topic')?.slug ?? null,
    scoring: row.scoring as 'PASS_FAIL',
    maxScore: row.maxScore as number | null,
    articleRef: row.articleRef as string | null,
    sourceProvision: provisionRefOf(row, 'sourceProvision'),
    sufficiencyGroup: row.sufficiencyGroup as string | null,
    sortOrder: row.sortOrder as number,
    verification: row.verification as 'VERIFIED',
  }),
  toData: async (input, refs) => {
    const { standard, topic, sourceProvision, ...rest } = input
    return {
      ...rest,
      standardId: required(await refs.standard('standard', standard)),
      topicId: await refs.topic('topic', topic),
      sourceProvisionId: await refs.provision('sourceProvision', sourceProvision),
    }
  },
  keyColumns: ['standardId', 'code'],
  uniqueKey: true,
  title: (row) => `${rel<{ slug: string }>(row, 'standard').slug}/${row.code as string}: ${row.title as string}`,
  subtitle: (row) => (row.articleRef as string | null) ?? '',
  search: (q) => ({ OR: [contains('title', q), contains('code', q), { standard: contains('slug', q) }] }),
  orderBy: [{ standardId: 'asc' }, { sortOrder: 'asc' }],
})

export const assessmentConfig = defineConfig({
  key: 'assessments',
  model: 'assessment',
  select: {
    id: true,
    status: true,
    score: true,
    rationale: true,
    assessedOn: true,
    verification: true,
    curatorNote: true,
    jurisdiction: { select: { code: true, name: true } },
    criterion: { select: { code: true, standard: { select: { slug: true } } } },
    evidence: { orderBy: { id: 'asc' }, select: { pinpoint: true, note: true, provision: provisionRefSelect } },
    elementResults: {
      orderBy: [{ element: { sortOrder: 'asc' } }, { element: { code: 'asc' } }],
      select: {
        status: true,
        pinpoint: true,
        note: true,
        curatorNote: true,
        element: { select: { code: true } },
        provision: provisionRefSelect,
      },
    },
  },
  toInput: (row) => {
    const criterion = rel<{ code: string; standard: { slug: string } }>(row, 'criterion')
    return {
      jurisdiction: rel<{ code: string }>(row, 'jurisdiction').code,
      criterion: `${criterion.standard.slug}/${criterion.code}`,
      status: row.status as 'MET',
      score: row.score as number | null,
      rationale: row.rationale as string,
      assessedOn: iso(row.assessedOn),
      curatorNote: row.curatorNote as string | null,
      verification: row.verification as 'VERIFIED',
      evidence: rel<Row[]>(row, 'evidence').map((e) => ({
        provision: provisionRefOf(e, 'provision')!,
        pinpoint: e.pinpoint as string | null,
        note: e.note as string | null,
      })),
      elementResults: rel<Row[]>(row, 'elementResults').map((r) => ({
        element: rel<{ code: string }>(r, 'element').code,
        status: r.status as 'MET',
        provision: provisionRefOf(r, 'provision'),
        pinpoint: r.pinpoint as string | null,
        note: r.note as string | null,
        curatorNote: r.curatorNote as string | null,
      })),
    }
  },
  toData: async (input, refs) => {
    // Evidence and element results are child rows: `children` below writes them.
    const { jurisdiction, criterion, assessedOn, evidence: _evidence, elementResults: _results, ...rest } = input
    return {
      ...rest,
      jurisdictionId: required(await refs.jurisdiction('jurisdiction', jurisdiction)),
      criterionId: required(await refs.criterion('criterion', criterion)),
      assessedOn: toDate(assessedOn),
    }
  },
  keyColumns: ['jurisdictionId', 'criterionId'],
  uniqueKey: true,
  title: (row) => {
    const criterion = rel<{ code: string; standard: { slug: string } }>(row, 'criterion')
    const jurisdiction = rel<{ code: string; name: string }>(row, 'jurisdiction')
    return `${jurisdiction.name} (${jurisdiction.code}) against ${criterion.standard.slug}/${criterion.code}`
  },
  subtitle: (row) => String(row.status).toLowerCase().replaceAll('_', ' '),
  search: (q) => ({ OR: [{ jurisdiction: { code: q.toUpperCase() } }, contains('rationale', q)] }),
  orderBy: [{ updatedAt: 'desc' }],
  children: {
    keys: ['evidence', 'elementResults'],
    async resolve(input, refs, data) {
      const criterionId = data.criterionId as string | null
      const evidence = input.evidence
        ? await Promise.all(
            input.evidence.map(async (e, row) => ({
              provisionId: await refs.provision('evidence', e.provision, { row, column: 'provision' }),
              pinpoint: e.pinpoint,
              note: e.note,
            })),
          )
        : undefined
      const elementResults = input.elementResults
        ? await Promise.all(
            input.elementResults.map(async (r, row) => ({
              elementId: await refs.element('elementResults', criterionId, r.element, { row, column: 'element' }),
              status: r.status,
              provisionId: await refs.provision('elementResults', r.provision, { row, column: 'provision' }),
              pinpoint: r.pinpoint,
              note: r.note,
              curatorNote: r.curatorNote ?? null,
            })),
          )
        : undefined
      // Two references to the same provision (by work and by expression URI) are one piece of evidence.
      const ids = evidence?.map((e) => e.provisionId).filter(Boolean) ?? []
      if (new Set(ids).size !== ids.length) throw validationError({ evidence: ['The same provision is listed twice'] })
      return { evidence, elementResults }
    },
    async load(tx, id) {
      const [evidence, elementResults] = await Promise.all([
        tx.assessmentEvidence.findMany({
          where: { assessmentId: id },
          orderBy: { id: 'asc' },
          select: { provisionId: true, pinpoint: true, note: true },
        }),
        tx.assessmentElementResult.findMany({
          where: { assessmentId: id },
          orderBy: { elementId: 'asc' },
          select: { elementId: true, status: true, provisionId: true, pinpoint: true, note: true, curatorNote: true },
        }),
      ])
      return { evidence, elementResults }
    },
    async write(tx, id, rows) {
      if (rows.evidence) {
        await tx.assessmentEvidence.deleteMany({ where: { assessmentId: id } })
        await tx.assessmentEvidence.createMany({
          data: rows.evidence.map((e) => ({ ...(e as { provisionId: string }), assessmentId: id })),
        })
      }
      if (rows.elementResults) {
        await tx.assessmentElementResult.deleteMany({ where: { assessmentId: id } })
        await tx.assessmentElementResult.createMany({
          data: rows.elementResults.map((r) => ({ ...(r as { elementId: string }), assessmentId: id })),
        })
      }
    },
  },
})
