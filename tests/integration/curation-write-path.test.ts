import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../support/test-database'
import { createTestUser } from '../support/curation-fixtures'
import { applyChange } from '@/lib/data/curation/apply-change'
import {
  approveChangeRequest,
  rejectChangeRequest,
  saveChange,
  withdrawChangeRequest,
} from '@/lib/data/curation/change-requests'
import { findRecordHistory, restoreRevision } from '@/lib/data/curation/history'
import { AppError } from '@/lib/errors/app-error'
import type { ConflictDetails } from '@/lib/data/curation/conflict'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(async () => {
  await t.cleanup()
})

const jurisdiction = (code: string, name: string) => ({ code, name, kind: 'state', verification: 'needs-review' })

async function expectAppError(promise: Promise<unknown>, code: AppError['code']) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AppError)
  expect((error as AppError).code).toBe(code)
  return error as AppError
}

describe('the curation write path', () => {
  it('creates, updates and soft-deletes with a revision for each change', async () => {
    const admin = await createTestUser(t.db, 'admin')
    const created = await saveChange(t.db, {
      user: admin,
      change: { type: 'jurisdictions', action: 'CREATE', payload: jurisdiction('QA', 'Qualand') },
    })
    expect(created.mode).toBe('applied')
    const id = created.entityId!
    await saveChange(t.db, {
      user: admin,
      change: {
        type: 'jurisdictions',
        action: 'UPDATE',
        entityId: id,
        baseVersion: 1,
        payload: jurisdiction('QA', 'Qualand Republic'),
      },
    })
    await saveChange(t.db, {
      user: admin,
      change: { type: 'jurisdictions', action: 'DELETE', entityId: id, baseVersion: 2 },
    })

    const row = await t.db.jurisdiction.findUniqueOrThrow({ where: { id } })
    expect(row).toMatchObject({ name: 'Qualand Republic', version: 3, kind: 'STATE' })
    expect(row.deletedAt).not.toBeNull()
    const history = await findRecordHistory(t.db, { user: admin, type: 'jurisdictions', entityId: id })
    expect(history.map((r) => r.action)).toEqual(['DELETE', 'UPDATE', 'CREATE'])
    expect(history[1].before).toMatchObject({ name: 'Qualand' })
    expect(history[1].after).toMatchObject({ name: 'Qualand Republic' })
    expect(history[1].user?.name).toBe(admin.name)
    expect(await t.db.searchOutbox.count({ where: { entityId: id } })).toBe(3)
  })

  it('refuses a save over a newer version and keeps the newer data', async () => {
    const admin = await createTestUser(t.db, 'admin')
    const { entityId } = await saveChange(t.db, {
      user: admin,
      change: { type: 'jurisdictions', action: 'CREATE', payload: jurisdiction('QB', 'Before') },
    })
    await saveChange(t.db, {
      user: admin,
      change: {
        type: 'jurisdictions',
        action: 'UPDATE',
        entityId: entityId!,
        baseVersion: 1,
        payload: jurisdiction('QB', 'First writer'),
      },
    })
    const error = await expectAppError(
      saveChange(t.db, {
        user: admin,
        change: {
          type: 'jurisdictions',
          action: 'UPDATE',
          entityId: entityId!,
          baseVersion: 1,
          payload: jurisdiction('QB', 'Second writer'),
        },
      }),
      'CONFLICT',
    )
    const details = error.details as ConflictDetails
    expect(details.currentVersion).toBe(2)
    expect(details.changes).toContainEqual({ field: 'name', before: 'Before', after: 'First writer' })
    expect((await t.db.jurisdiction.findUniqueOrThrow({ where: { id: entityId! } })).name).toBe('First writer')
  })

  it('lets exactly one of two concurrent saves from the same version win', async () => {
    const admin = await createTestUser(t.db, 'admin')
    const { entityId } = await saveChange(t.db, {
      user: admin,
      change: { type: 'jurisdictions', action: 'CREATE', payload: jurisdiction('QC', 'Race') },
    })
    const results = await Promise.allSettled(
      ['A', 'B'].map((name) =>
        saveChange(t.db, {
          user: admin,
          change: {
            type: 'jurisdictions',
            action: 'UPDATE',
            entityId: entityId!,
            baseVersion: 1,
            payload: jurisdiction('QC', `Race ${name}`),
          },
        }),
      ),
    )
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect((rejected.reason as AppError).code).toBe('CONFLICT')
    expect((await t.db.jurisdiction.findUniqueOrThrow({ where: { id: entityId! } })).version).toBe(2)
  })

  it('returns every field error and refuses references that do not resolve', async () => {
    const admin = await createTestUser(t.db, 'admin')
    const bad = await expectAppError(
      saveChange(t.db, {
        user: admin,
        change: { type: 'jurisdictions', action: 'CREATE', payload: { code: 'not a code', name: '', kind: 'planet' } },
      }),
      'VALIDATION',
    )
    expect(Object.keys(bad.fieldErrors!)).toEqual(expect.arrayContaining(['code', 'name', 'kind']))
    const dangling = await expectAppError(
      saveChange(t.db, {
        user: admin,
        change: {
          type: 'instruments',
          action: 'CREATE',
          payload: { uri: '/akn/zz/act/2020/1', jurisdiction: 'ZZ', kind: 'statute', title: 'Some Act 2020' },
        },
      }),
      'VALIDATION',
    )
    expect(dangling.fieldErrors!.jurisdiction).toEqual(['No jurisdiction with code "ZZ"'])
    const duplicate = await expectAppError(
      saveChange(t.db, {
        user: admin,
        change: { type: 'jurisdictions', action: 'CREATE', payload: jurisdiction('QA', 'Again') },
      }),
      'VALIDATION',
    )
    expect(duplicate.fieldErrors!.code[0]).toMatch(/already uses this code/)
  })

  it('refuses viewers and people without an account', async () => {
    const viewer = await createTestUser(t.db, 'viewer')
    await expectAppError(
      saveChange(t.db, {
        user: viewer,
        change: { type: 'jurisdictions', action: 'CREATE', payload: jurisdiction('QD', 'Nope') },
      }),
      'FORBIDDEN',
    )
    await expectAppError(
      saveChange(t.db, {
        user: null,
        change: { type: 'jurisdictions', action: 'CREATE', payload: jurisdiction('QD', 'Nope') },
      }),
      'UNAUTHENTICATED',
    )
    expect(await t.db.jurisdiction.count({ where: { code: 'QD' } })).toBe(0)
  })
})

describe('review', () => {
  it('keeps an editor’s change as a draft until a reviewer approves it', async () => {
    const [editor, reviewer] = [await createTestUser(t.db, 'editor'), await createTestUser(t.db, 'reviewer')]
    const proposal = await saveChange(t.db, {
      user: editor,
      change: { type: 'jurisdictions', action: 'CREATE', payload: jurisdiction('QE', 'Draftland') },
    })
    expect(proposal.mode).toBe('proposed')
    expect(await t.db.jurisdiction.count({ where: { code: 'QE' } })).toBe(0)
    await expectAppError(
      approveChangeRequest(t.db, { user: editor, id: proposal.changeRequestId!, comment: null }),
      'FORBIDDEN',
    )

    const approved = await approveChangeRequest(t.db, {
      user: reviewer,
      id: proposal.changeRequestId!,
      comment: 'Checked against the source',
    })
    const row = await t.db.jurisdiction.findUniqueOrThrow({ where: { id: approved.entityId } })
    expect(row).toMatchObject({ name: 'Draftland', publicationState: 'PUBLISHED' })
    const request = await t.db.changeRequest.findUniqueOrThrow({ where: { id: proposal.changeRequestId! } })
    expect(request).toMatchObject({
      status: 'APPROVED',
      reviewerId: reviewer.id,
      entityId: row.id,
      reviewComment: 'Checked against the source',
    })
    const revision = await t.db.revision.findFirstOrThrow({ where: { entityId: row.id } })
    expect(revision).toMatchObject({ userId: editor.id, changeRequestId: request.id })
    await expectAppError(approveChangeRequest(t.db, { user: reviewer, id: request.id, comment: null }), 'CONFLICT')
  })

  it('refuses to approve a proposal made against an outdated version', async () => {
    const [editor, reviewer] = [await createTestUser(t.db, 'editor'), await createTestUser(t.db, 'reviewer')]
    const { entityId } = await saveChange(t.db, {
      user: reviewer,
      change: { type: 'jurisdictions', action: 'CREATE', payload: jurisdiction('QF', 'Original') },
    })
    const proposal = await saveChange(t.db, {
      user: editor,
      change: {
        type: 'jurisdictions',
        action: 'UPDATE',
        entityId: entityId!,
        baseVersion: 1,
        payload: jurisdiction('QF', 'Editor version'),
      },
    })
    await saveChange(t.db, {
      user: reviewer,
      change: {
        type: 'jurisdictions',
        action: 'UPDATE',
        entityId: entityId!,
        baseVersion: 1,
        payload: jurisdiction('QF', 'Reviewer version'),
      },
    })
    await expectAppError(
      approveChangeRequest(t.db, { user: reviewer, id: proposal.changeRequestId!, comment: null }),
      'CONFLICT',
    )
    expect((await t.db.jurisdiction.findUniqueOrThrow({ where: { id: entityId! } })).name).toBe('Reviewer version')
    expect((await t.db.changeRequest.findUniqueOrThrow({ where: { id: proposal.changeRequestId! } })).status).toBe(
      'PENDING',
    )
  })

  it('records rejections with a comment and lets authors withdraw their own', async () => {
    const [editor, other, reviewer] = [
      await createTestUser(t.db, 'editor'),
      await createTestUser(t.db, 'editor'),
      await createTestUser(t.db, 'reviewer'),
    ]
    const first = await saveChange(t.db, {
      user: editor,
      change: { type: 'jurisdictions', action: 'CREATE', payload: jurisdiction('QG', 'One') },
    })
    await rejectChangeRequest(t.db, { user: reviewer, id: first.changeRequestId!, comment: 'No source given' })
    expect(await t.db.changeRequest.findUniqueOrThrow({ where: { id: first.changeRequestId! } })).toMatchObject({
      status: 'REJECTED',
      reviewComment: 'No source given',
    })
    const second = await saveChange(t.db, {
      user: editor,
      change: { type: 'jurisdictions', action: 'CREATE', payload: jurisdiction('QG', 'Two') },
    })
    await expectAppError(withdrawChangeRequest(t.db, { user: other, id: second.changeRequestId! }), 'CONFLICT')
    await withdrawChangeRequest(t.db, { user: editor, id: second.changeRequestId! })
    expect((await t.db.changeRequest.findUniqueOrThrow({ where: { id: second.changeRequestId! } })).status).toBe(
      'WITHDRAWN',
    )
  })
})

describe('restore', () => {
  it('brings back an old revision as a new change, also for a deleted record', async () => {
    const admin = await createTestUser(t.db, 'admin')
    const { entityId } = await saveChange(t.db, {
      user: admin,
      change: {
        type: 'jurisdictions',
        action: 'CREATE',
        payload: { ...jurisdiction('QH', 'Version one'), notes: 'kept' },
      },
    })
    await saveChange(t.db, {
      user: admin,
      change: {
        type: 'jurisdictions',
        action: 'UPDATE',
        entityId: entityId!,
        baseVersion: 1,
        payload: jurisdiction('QH', 'Version two'),
      },
    })
    await saveChange(t.db, {
      user: admin,
      change: { type: 'jurisdictions', action: 'DELETE', entityId: entityId!, baseVersion: 2 },
    })
    const created = (await findRecordHistory(t.db, { user: admin, type: 'jurisdictions', entityId: entityId! })).at(-1)!
    await restoreRevision(t.db, { user: admin, revisionId: created.id, baseVersion: 3 })
    const row = await t.db.jurisdiction.findUniqueOrThrow({ where: { id: entityId! } })
    expect(row).toMatchObject({ name: 'Version one', notes: 'kept', deletedAt: null, version: 4 })
    expect((await findRecordHistory(t.db, { user: admin, type: 'jurisdictions', entityId: entityId! }))[0].action).toBe(
      'RESTORE',
    )
  })

  it('restores through a change request for editors', async () => {
    const [admin, editor] = [await createTestUser(t.db, 'admin'), await createTestUser(t.db, 'editor')]
    const { entityId } = await saveChange(t.db, {
      user: admin,
      change: { type: 'jurisdictions', action: 'CREATE', payload: jurisdiction('QI', 'First') },
    })
    await saveChange(t.db, {
      user: admin,
      change: {
        type: 'jurisdictions',
        action: 'UPDATE',
        entityId: entityId!,
        baseVersion: 1,
        payload: jurisdiction('QI', 'Second'),
      },
    })
    const created = (await findRecordHistory(t.db, { user: admin, type: 'jurisdictions', entityId: entityId! })).at(-1)!
    const proposal = await restoreRevision(t.db, { user: editor, revisionId: created.id, baseVersion: 2 })
    expect(proposal.mode).toBe('proposed')
    expect((await t.db.jurisdiction.findUniqueOrThrow({ where: { id: entityId! } })).name).toBe('Second')
    await approveChangeRequest(t.db, {
      user: admin,
      id: proposal.mode === 'proposed' ? proposal.changeRequestId : '',
      comment: null,
    })
    expect((await t.db.jurisdiction.findUniqueOrThrow({ where: { id: entityId! } })).name).toBe('First')
  })
})

it('writes provisions with their parent inside the same version', async () => {
  const admin = await createTestUser(t.db, 'admin')
  await saveChange(t.db, {
    user: admin,
    change: { type: 'jurisdictions', action: 'CREATE', payload: jurisdiction('QJ', 'Provisionland') },
  })
  await saveChange(t.db, {
    user: admin,
    change: {
      type: 'instruments',
      action: 'CREATE',
      payload: { uri: '/akn/qj/act/2020/1', jurisdiction: 'qj', kind: 'statute', title: 'Test Act 2020' },
    },
  })
  await saveChange(t.db, {
    user: admin,
    change: {
      type: 'versions',
      action: 'CREATE',
      payload: {
        instrument: '/akn/qj/act/2020/1',
        expressionUri: '/akn/qj/act/2020/1/eng@2020-01-01',
        language: 'eng',
      },
    },
  })
  const version = '/akn/qj/act/2020/1/eng@2020-01-01'
  await t.db.$transaction(async (tx) => {
    await applyChange(
      tx,
      {
        type: 'provisions',
        action: 'CREATE',
        payload: { version, eId: 'part_1', text: 'Part 1', citation: 'Test Act, Part 1' },
      },
      { userId: admin.id },
    )
    await applyChange(
      tx,
      {
        type: 'provisions',
        action: 'CREATE',
        payload: {
          version,
          eId: 'part_1__sec_2',
          parent: 'part_1',
          text: 'A section.',
          citation: 'Test Act, s. 2',
          sortOrder: '2',
        },
      },
      { userId: admin.id },
    )
  })
  const child = await t.db.provision.findFirstOrThrow({ where: { eId: 'part_1__sec_2' }, include: { parent: true } })
  expect(child.parent?.eId).toBe('part_1')
  expect(child.sortOrder).toBe(2)
})
