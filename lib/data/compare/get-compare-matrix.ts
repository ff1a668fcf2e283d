import type { Db } from '@/lib/db/prisma'
import type { CompareQuery } from '@/lib/schemas/compare'
import { findConceptMatrix } from './find-concept-matrix'
import { findCriterionMatrix } from './find-criterion-matrix'
import { findTopicMatrix } from './find-topic-matrix'
import type { CompareMatrix } from '@/lib/domain/compare/compare-views'

/**
 * The comparison matrix for a parsed query, shared by /compare and GET /api/v1/compare.
 * null: the query names a criterion that does not exist, or compares by criterion without one.
 */
export async function getCompareMatrix(
  client: Db,
  { today = new Date(), ...query }: CompareQuery & { today?: Date },
): Promise<CompareMatrix | null> {
  if (query.by === 'criterion') {
    return query.criterion
      ? findCriterionMatrix(client, {
          jurisdictions: query.jurisdictions,
          criterion: query.criterion,
          column: query.column,
          today,
        })
      : null
  }
  if (query.by === 'concept')
    return findConceptMatrix(client, {
      jurisdictions: query.jurisdictions,
      concept: query.concept,
      column: query.column,
      today,
    })
  return findTopicMatrix(client, {
    jurisdictions: query.jurisdictions,
    topic: query.topic,
    column: query.column,
    today,
  })
}
