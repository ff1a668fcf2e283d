import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { approveChangeRequest, saveChange, withdrawChangeRequest } from '@/lib/data/curation/change-requests'
import { findRecordHistory, restoreRevision } from '@/lib/data/curation/history'
import { findRecordTitles, labelRecordedValues } from '@/lib/data/curation/record-labels'
import { findProvisionByRef, getRecordForEdit } from '@/lib/data/curation/records'
import { findCrosswalks } from '@/lib/data/drafts/find-crosswalks'
import { findCompareOptions } from '@/lib/data/compare/find-compare-options'
import { AppError } from '@/lib/errors/app-error'
import { createGapFixture, letterSuffix, type GapFixture } from '@/tests/e2e/support/gaps-fixtures'
import { createTestUser } from '../support/curation-fixtures'
import { createTestDatabase, type TestDatabase } from '../support/test-database'

/**
 * Issue 19 item 6 on the real database: topics (the taxonomy), topic tags on provisions and
 * crosswalks go through the one write path like every other record (review, history, restore);
 * reviewers can ask for a second pair of eyes; history shows names, not ids.
 */
let t: TestDatabase
let fx: GapFixture
beforeAll(async () => {
  t = await createTestDatabase()
  fx = await createGapFixture(t.db)
})
afterAll(async () => {
  await t?.cleanup()
})

async function appError(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AppError)
  return error as AppError
}

const topicForm = (slug: string, name: string, parent = '') => ({ slug, name, description: '', parent, sortOrder: '0' })

async function provisionId(eId: string) {
  return (
    await t.db.provision.findFirstOrThrow({
      where: { eId, instrumentVersion: { instrument: { uri: fx.alpha.lawUri } } },
      select: { id: true },
    })
  ).id
}

describe('topics (the taxonomy) through the write path', () => {
  it('creates a tree, refuses a loop, reviews an editor’s rename and restores an older name', async () => {
    const admin = await createTestUser(t.db, 'admin')
    const editor = await createTestUser(t.db, 'editor')
    const s = letterSuffix().toLowerCase()
    const parent = await saveChange(t.db, {
      user: admin,
      change: { type: 'topics', action: 'CREATE', payload: topicForm(`tx-${s}`, 'Test offences') },
    })
    const child = await saveChange(t.db, {
      user: admin,
      change: { type: 'topics', action: 'CREATE', payload: topicForm(`tx-${s}.grooming`, 'Grooming', `tx-${s}`) },
    })
    expect(await t.db.topic.findUniqueOrThrow({ where: { id: child.entityId! } })).toMatchObject({
      parentId: parent.entityId,
      version: 1,
    })

    // The parent under its own child would loop: refused with a field error, nothing written.
    const loop = await appError(
      saveChange(t.db, {
        user: admin,
        change: {
          type: 'topics',
          action: 'UPDATE',
          entityId: parent.entityId!,
          baseVersion: 1,
          payload: topicForm(`tx-${s}`, 'Test offences', `tx-${s}.grooming`),
        },
      }),
    )
    expect(loop.fieldErrors?.parent?.[0]).toMatch(/cannot sit under itself or under one of its own subtopics/)
    expect(await t.db.topic.findUniqueOrThrow({ where: { id: parent.entityId! } })).toMatchObject({
      parentId: null,
      version: 1,
    })

    // An editor's rename waits for review; the public list keeps the published name.
    const proposed = await saveChange(t.db, {
      user: editor,
      change: {
        type: 'topics',
        action: 'UPDATE',
        entityId: child.entityId!,
        baseVersion: 1,
        payload: topicForm(`tx-${s}.grooming`, 'Solicitation (grooming)', `tx-${s}`),
      },
    })
    expect(proposed.mode).toBe('proposed')
    const names = async () => (await findCompareOptions(t.db)).topics.find((x) => x.slug === `tx-${s}.grooming`)?.name
    expect(await names()).toBe('Grooming')
    await approveChangeRequest(t.db, {
      user: admin,
      id: (proposed as { changeRequestId: string }).changeRequestId,
      comment: null,
    })
    expect(await names()).toBe('Solicitation (grooming)')

    const history = await findRecordHistory(t.db, { user: admin, type: 'topics', entityId: child.entityId! })
    expect(history.map((r) => r.action)).toEqual(['UPDATE', 'CREATE'])
    expect(history[0].user?.name).toBe(editor.name)
    await restoreRevision(t.db, { user: admin, revisionId: history[1].id, baseVersion: 2 })
    expect(await names()).toBe('Grooming')
  })

  it('refuses to delete a topic still in use, deletes it once untagged, and restores it', async () => {
    const admin = await createTestUser(t.db, 'admin')
    const s = letterSuffix().toLowerCase()
    const topic = await saveChange(t.db, {
      user: admin,
      change: { type: 'topics', action: 'CREATE', payload: topicForm(`td-${s}`, 'Livestreamed abuse') },
    })
    const id = await provisionId('sec_2')
    await t.db.provisionTopic.create({ data: { provisionId: id, topicId: topic.entityId! } })
    const inUse = await appError(
      saveChange(t.db, {
        user: admin,
        change: { type: 'topics', action: 'DELETE', entityId: topic.entityId!, baseVersion: 1 },
      }),
    )
    expect(inUse.code).toBe('CONFLICT')
    expect(inUse.message).toBe('This topic is still used by 1 tagged provision: move or untag them first.')

    await t.db.provisionTopic.deleteMany({ where: { topicId: topic.entityId! } })
    await saveChange(t.db, {
      user: admin,
      change: { type: 'topics', action: 'DELETE', entityId: topic.entityId!, baseVersion: 1 },
    })
    const listed = async () => (await findCompareOptions(t.db)).topics.some((x) => x.slug === `td-${s}`)
    expect(await listed()).toBe(false)
    // A deleted topic cannot be used as a tag or a parent.
    const tag = await appError(
      saveChange(t.db, {
        user: admin,
        change: { type: 'topics', action: 'CREATE', payload: topicForm(`td-${s}.x`, 'Under a deleted one', `td-${s}`) },
      }),
    )
    expect(tag.fieldErrors?.parent).toEqual([`No topic "td-${s}"`])

    const [deleted, created] = await findRecordHistory(t.db, { user: admin, type: 'topics', entityId: topic.entityId! })
    expect(deleted.action).toBe('DELETE')
    await restoreRevision(t.db, { user: admin, revisionId: created.id, baseVersion: 2 })
    expect(await listed()).toBe(true)
  })
})

describe('topic tags on provisions', () => {
  it('replaces the tags with the provision, records them, leaves them alone when not given, restores them', async () => {
    const admin = await createTestUser(t.db, 'admin')
    const s = letterSuffix().toLowerCase()
    for (const slug of [`tg-${s}.a`, `tg-${s}.b`])
      await saveChange(t.db, {
        user: admin,
        change: { type: 'topics', action: 'CREATE', payload: topicForm(slug, `Topic ${slug}`) },
      })
    const id = await provisionId('sec_1')
    const edit = async () => getRecordForEdit(t.db, { user: admin, type: 'provisions', id })
    const save = async (topics: string | undefined) => {
      const { input, version } = await edit()
      const { topics: _old, ...rest } = input as Record<string, unknown>
      return saveChange(t.db, {
        user: admin,
        change: {
          type: 'provisions',
          action: 'UPDATE',
          entityId: id,
          baseVersion: version,
          payload: topics === undefined ? rest : { ...rest, topics },
        },
      })
    }
    const slugs = async () =>
      (
        await t.db.provisionTopic.findMany({
          where: { provisionId: id },
          select: { topic: { select: { slug: true } } },
        })
      )
        .map((x) => x.topic.slug)
        .sort()

    await save(`tg-${s}.a; tg-${s}.b`)
    expect(await slugs()).toEqual([`tg-${s}.a`, `tg-${s}.b`])
    expect(((await edit()).input as { topics: string[] }).topics).toEqual([`tg-${s}.a`, `tg-${s}.b`])
    await save(`tg-${s}.b`)
    expect(await slugs()).toEqual([`tg-${s}.b`])
    // An import row without the column leaves the tags alone.
    await save(undefined)
    expect(await slugs()).toEqual([`tg-${s}.b`])
    // An unknown slug is a field error and nothing changes.
    const unknown = await appError(save(`tg-${s}.b; tg-${s}.nope`))
    expect(unknown.fieldErrors?.topics).toEqual([`No topic "tg-${s}.nope"`])
    expect(await slugs()).toEqual([`tg-${s}.b`])

    // Each revision records the tags; restoring the first tagged state brings both back.
    const history = await findRecordHistory(t.db, { user: admin, type: 'provisions', entityId: id })
    const firstTagged = history.at(-1)!
    expect((firstTagged.after as { topics: unknown[] }).topics).toHaveLength(2)
    await restoreRevision(t.db, { user: admin, revisionId: firstTagged.id, baseVersion: (await edit()).version })
    expect(await slugs()).toEqual([`tg-${s}.a`, `tg-${s}.b`])
    // The history shows topic names, not ids.
    const [labelled] = await labelRecordedValues(t.db, [firstTagged.after as Record<string, unknown>])
    expect(labelled?.topics).toEqual([`Topic tg-${s}.a (tg-${s}.a)`, `Topic tg-${s}.b (tg-${s}.b)`])
  })
})

describe('crosswalks through the write path', () => {
  it('creates one with provisions and criteria, names a bad row, keeps unchanged entries, deletes and restores', async () => {
    const admin = await createTestUser(t.db, 'admin')
    const s = letterSuffix().toLowerCase()
    const entries = (list: object[]) => JSON.stringify(list)
    const form = (list: object[]) => ({
      slug: `cw-${s}`,
      label: `Producing material ${s}`,
      note: '',
      entries: entries(list),
    })
    const bad = await appError(
      saveChange(t.db, {
        user: admin,
        change: {
          type: 'crosswalks',
          action: 'CREATE',
          payload: form([
            { criterion: `${fx.standard.slug}/2` },
            { provision: `${fx.alpha.lawUri}#sec_99` },
            { note: 'neither' },
          ]),
        },
      }),
    )
    expect(bad.fieldErrors?.entries).toEqual(['entry 3, provision: Give a provision or a criterion (one of the two)'])
    const missing = await appError(
      saveChange(t.db, {
        user: admin,
        change: {
          type: 'crosswalks',
          action: 'CREATE',
          payload: form([{ criterion: `${fx.standard.slug}/2` }, { provision: `${fx.alpha.lawUri}#sec_99` }]),
        },
      }),
    )
    expect(missing.fieldErrors?.entries).toEqual([
      `entry 2, provision: No provision "${fx.alpha.lawUri}#sec_99": check the URI and the eId`,
    ])
    expect(await t.db.crosswalk.count({ where: { slug: `cw-${s}` } })).toBe(0)

    const created = await saveChange(t.db, {
      user: admin,
      change: {
        type: 'crosswalks',
        action: 'CREATE',
        payload: form([
          { criterion: `${fx.standard.slug}/2` },
          { provision: `${fx.alpha.lawUri}#sec_1`, note: 'Alpha' },
        ]),
      },
    })
    const id = created.entityId!
    const listed = async () => (await findCrosswalks(t.db)).find((c) => c.slug === `cw-${s}`)
    expect((await listed())?.entries).toHaveLength(2)
    const kept = await t.db.crosswalkEntry.findFirstOrThrow({ where: { crosswalkId: id, criterionId: { not: null } } })

    await saveChange(t.db, {
      user: admin,
      change: {
        type: 'crosswalks',
        action: 'UPDATE',
        entityId: id,
        baseVersion: 1,
        payload: form([{ criterion: `${fx.standard.slug}/2` }, { provision: `${fx.beta.lawUri}#sec_2` }]),
      },
    })
    const now = await t.db.crosswalkEntry.findMany({ where: { crosswalkId: id } })
    expect(now).toHaveLength(2)
    expect(now.some((e) => e.id === kept.id)).toBe(true)

    await saveChange(t.db, {
      user: admin,
      change: { type: 'crosswalks', action: 'DELETE', entityId: id, baseVersion: 2 },
    })
    expect(await listed()).toBeUndefined()
    const history = await findRecordHistory(t.db, { user: admin, type: 'crosswalks', entityId: id })
    expect(history.map((r) => r.action)).toEqual(['DELETE', 'UPDATE', 'CREATE'])
    await restoreRevision(t.db, { user: admin, revisionId: history[2].id, baseVersion: 3 })
    const restored = await listed()
    expect(restored?.entries.length).toBe(2)
    expect(
      (await t.db.crosswalkEntry.findMany({ where: { crosswalkId: id }, select: { note: true } })).map((e) => e.note),
    ).toContain('Alpha')
  })
})

describe('request review and names in the history', () => {
  it('lets an admin send a change through review; someone else approves it', async () => {
    const admin = await createTestUser(t.db, 'admin')
    const reviewer = await createTestUser(t.db, 'reviewer')
    const s = letterSuffix().toLowerCase()
    const outcome = await saveChange(t.db, {
      user: admin,
      requestReview: true,
      change: { type: 'topics', action: 'CREATE', payload: topicForm(`rr-${s}`, 'Second pair of eyes') },
    })
    expect(outcome.mode).toBe('proposed')
    expect(await t.db.topic.count({ where: { slug: `rr-${s}` } })).toBe(0)
    const requestId = (outcome as { changeRequestId: string }).changeRequestId
    const own = await appError(approveChangeRequest(t.db, { user: admin, id: requestId, comment: null }))
    expect(own.code).toBe('FORBIDDEN')
    expect(own.message).toMatch(/another reviewer approves it/)
    await approveChangeRequest(t.db, { user: reviewer, id: requestId, comment: 'Looks right' })
    expect(await t.db.topic.count({ where: { slug: `rr-${s}` } })).toBe(1)

    // Withdrawing one's own request still works for reviewers.
    const second = await saveChange(t.db, {
      user: reviewer,
      requestReview: true,
      change: { type: 'topics', action: 'CREATE', payload: topicForm(`rr-${s}.b`, 'Withdrawn') },
    })
    await withdrawChangeRequest(t.db, { user: reviewer, id: (second as { changeRequestId: string }).changeRequestId })
    expect(
      await t.db.changeRequest.findUniqueOrThrow({
        where: { id: (second as { changeRequestId: string }).changeRequestId },
      }),
    ).toMatchObject({ status: 'WITHDRAWN' })
  })

  it('labels an assessment’s revision with the jurisdiction name, provision citations and its title', async () => {
    const admin = await createTestUser(t.db, 'admin')
    const created = await saveChange(t.db, {
      user: admin,
      change: {
        type: 'assessments',
        action: 'CREATE',
        payload: {
          jurisdiction: fx.gamma.code,
          criterion: `${fx.standard.slug}/2`,
          status: 'PARTIAL',
          rationale: 'Real children only; generated material is not covered.',
          verification: 'NEEDS_REVIEW',
          evidence: JSON.stringify([{ provision: `${fx.alpha.lawUri}#sec_1`, pinpoint: 's. 1(2)' }]),
          elementResults: JSON.stringify([{ element: 'real', status: 'MET', provision: `${fx.alpha.lawUri}#sec_1` }]),
        },
      },
    })
    const [revision] = await findRecordHistory(t.db, { user: admin, type: 'assessments', entityId: created.entityId! })
    const [after] = await labelRecordedValues(t.db, [revision.after as Record<string, unknown>])
    expect(after?.jurisdictionId).toBe(`${fx.gamma.name} (${fx.gamma.code})`)
    expect(after?.evidence).toEqual([`${fx.alpha.s1Citation} · pinpoint: s. 1(2)`])
    expect(after?.elementResults).toEqual([`real · met · ${fx.alpha.s1Citation}`])
    const titleOf = await findRecordTitles(t.db, [{ entityType: 'Assessment', entityId: created.entityId! }])
    expect(titleOf('Assessment', created.entityId!)).toBe(
      `${fx.gamma.name} (${fx.gamma.code}) against ${fx.standard.slug}/2`,
    )
  })

  it('looks up a provision typed into a row', async () => {
    const editor = await createTestUser(t.db, 'editor')
    expect(await findProvisionByRef(t.db, { user: editor, ref: `${fx.alpha.lawUri}#sec_1` })).toEqual({
      ok: true,
      citation: `${fx.alpha.s1Citation} — Section 1`,
    })
    expect(await findProvisionByRef(t.db, { user: editor, ref: `${fx.alpha.lawUri}#sec_99` })).toEqual({
      ok: false,
      message: `No provision "${fx.alpha.lawUri}#sec_99": check the URI and the eId`,
    })
    expect((await findProvisionByRef(t.db, { user: editor, ref: 'sec_1' })).ok).toBe(false)
  })
})
