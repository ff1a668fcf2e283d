import { describe, expect, it } from 'vitest'
import { buildTopicRows, type TopicNode } from './topic-rows'

const t = (id: string, parentId: string | null, sortOrder = 0): TopicNode => ({
  id,
  slug: id,
  name: id,
  description: null,
  parentId,
  sortOrder,
})
const topics = [
  t('offences.grooming', 'offences', 2),
  t('offences', null, 2),
  t('definitions', null, 1),
  t('offences.csam', 'offences', 1),
  t('orphan', 'gone', 3),
]

describe('buildTopicRows', () => {
  it('lists the whole tree depth first in taxonomy order', () => {
    expect(buildTopicRows(topics)?.map((row) => `${row.depth}:${row.topic.slug}:${row.hasChildren}`)).toEqual([
      '0:definitions:false',
      '0:offences:true',
      '1:offences.csam:false',
      '1:offences.grooming:false',
      '0:orphan:false',
    ])
  })

  it('lists a chosen topic with its sub-topics only', () => {
    expect(buildTopicRows(topics, 'offences')?.map((row) => row.topic.slug)).toEqual([
      'offences',
      'offences.csam',
      'offences.grooming',
    ])
    expect(buildTopicRows(topics, 'offences.csam')?.map((row) => row.depth)).toEqual([0])
  })

  it('returns null for an unknown topic', () => {
    expect(buildTopicRows(topics, 'nope')).toBeNull()
  })
})
