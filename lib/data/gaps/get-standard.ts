import type { Db } from '@/lib/db/prisma'
import type { CriterionDef } from '@/lib/domain/gaps/gap-inputs'
import { standardHeaderSelect } from '../find-standards'
import { published } from '../published'

/** A standard by slug with its criteria and elements in rubric order, and the article each comes from. */
export async function getStandard(db: Db, { slug }: { slug: string }) {
  const standard = await db.baselineStandard.findFirst({
    where: { ...published, slug },
    select: {
      ...standardHeaderSelect,
      sourceUrl: true,
      publishedOn: true,
      instrumentId: true,
      criteria: {
        where: published,
        orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
        select: {
          id: true,
          code: true,
          title: true,
          text: true,
          scoring: true,
          maxScore: true,
          articleRef: true,
          sufficiencyGroup: true,
          verification: true,
          topic: { select: { slug: true, name: true } },
          sourceProvision: {
            select: {
              eId: true,
              citation: true,
              instrumentVersion: { select: { instrument: { select: { uri: true } } } },
            },
          },
          elements: {
            orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
            select: {
              id: true,
              code: true,
              text: true,
              articleRef: true,
              reservableArticle: true,
              derivationRule: true,
            },
          },
        },
      },
    },
  })
  return standard
}

export type StandardDetail = NonNullable<Awaited<ReturnType<typeof getStandard>>>

export function toCriterionDefs(standard: StandardDetail): CriterionDef[] {
  return standard.criteria.map((c) => ({
    id: c.id,
    code: c.code,
    title: c.title,
    scoring: c.scoring,
    maxScore: c.maxScore,
    articleRef: c.articleRef,
    sufficiencyGroup: c.sufficiencyGroup,
    elements: c.elements,
  }))
}

/** Treaty status only means something when the rubric comes from a treaty (not a model law such as ICMEC's). */
export function isTreatyStandard(standard: { instrument: { kind: string } | null }) {
  return standard.instrument?.kind === 'TREATY' || standard.instrument?.kind === 'PROTOCOL'
}
