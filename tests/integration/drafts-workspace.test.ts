import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '@/lib/errors/app-error'
import { deleteClause, moveClause, updateLinkRequirements } from '@/lib/data/drafts/arrange-clauses'
import { createDraft } from '@/lib/data/drafts/create-draft'
import { shareDraft, unshareDraft } from '@/lib/data/drafts/draft-shares'
import { findCrosswalksByProvision } from '@/lib/data/drafts/find-crosswalks'
import { searchProvisionsForClause } from '@/lib/data/drafts/find-draft-options'
import { findDraftHistory, getDraftSnapshots } from '@/lib/data/drafts/find-draft-history'
import { findDraftsForUser, findDraftTitle } from '@/lib/data/drafts/find-drafts'
import { getDraftWorkspace } from '@/lib/data/drafts/get-draft-workspace'
import { createClause, createClauseFromProvision, updateClause } from '@/lib/data/drafts/save-clause'
import {
  addDraftJurisdiction,
  deleteDraft,
  removeDraftJurisdiction,
  updateDraftDetails,
} from '@/lib/data/drafts/update-draft'
import { compareSnapshots } from '@/lib/domain/drafts/compare-snapshots'
import { createNegotiationFixture, createUser, type NegotiationFixture } from '@/tests/e2e/support/drafts-fixtures'
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database'

let t: TestDatabase
let f: NegotiationFixture
let author: { id: string; email: string }
let colleague: { id: string; email: string }
let stranger: { id: string; email: string }

beforeAll(async () => {
  t = await createTestDatabase()
  f = await createNegotiationFixture(t.db)
  author = await createUser(t.db, 'Ada Author')
  colleague = await createUser(t.db, 'Cole Colleague')
  stranger = await createUser(t.db, 'Stan Stranger')
})
afterAll(async () => {
  await t?.cleanup()
})

const rejects = async (promise: Promise<unknown>, code: AppError['code']) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AppError)
  expect((error as AppError).code).toBe(code)
  return error as AppError
}

describe('a negotiator builds a draft from the law', () => {
  it('creates a draft at version 1 with a first snapshot', async () => {
    const draft = await createDraft(t.db, {
      user: author,
      title: 'Model grooming clause',
      purpose: 'Harmonise grooming offences.',
      jurisdictionCodes: [f.meets.code, f.partly.code],
    })
    expect(draft.version).toBe(1)
    const history = await findDraftHistory(t.db, { draftId: draft.id, user: author })
    expect(history.versions).toMatchObject([{ versionNumber: 1, author: 'Ada Author' }])
    await rejects(
      createDraft(t.db, { user: author, title: 'Bad', purpose: null, jurisdictionCodes: ['QQ-ZZZ'] }),
      'VALIDATION',
    )
  })

  it('starts a clause from a provision: text and citation copied, the criterion the user chose linked, forecast computed', async () => {
    const draft = await createDraft(t.db, {
      user: author,
      title: 'From a treaty article',
      purpose: null,
      jurisdictionCodes: [f.meets.code, f.partly.code],
    })
    // The picker offers the crosswalk's criterion as a choice, with its number of assessments.
    const [found] = (await searchProvisionsForClause(t.db, { query: f.meets.section.citation })).filter(
      (p) => p.id === f.meets.section.id,
    )
    expect(found.suggestedCriteria).toMatchObject([{ id: f.criterion.id, label: f.criterion.label }])
    expect(found.suggestedCriteria[0].assessments).toBeGreaterThan(0)
    // Nothing chosen: nothing linked (no criterion is added behind the user's back).
    const bare = await createDraft(t.db, {
      user: author,
      title: 'Bare clause',
      purpose: null,
      jurisdictionCodes: [f.meets.code],
    })
    await createClauseFromProvision(t.db, {
      draftId: bare.id,
      user: author,
      expectedVersion: 1,
      provisionId: f.meets.section.id,
      criterionIds: [],
    })
    expect((await getDraftWorkspace(t.db, { draftId: bare.id, user: author })).clauses[0].links).toEqual([])

    await createClauseFromProvision(t.db, {
      draftId: draft.id,
      user: author,
      expectedVersion: 1,
      provisionId: f.meets.section.id,
      criterionIds: found.suggestedCriteria.map((c) => c.id),
    })
    const w = await getDraftWorkspace(t.db, { draftId: draft.id, user: author })
    expect(w.draft.version).toBe(2)
    expect(w.clauses).toHaveLength(1)
    expect(w.clauses[0]).toMatchObject({
      sourceCitation: f.meets.section.citation,
      sourceHref: `/instruments${f.meets.section.uri}#sec_5`,
      heading: 'Meeting a child following grooming',
    })
    expect(w.clauses[0].text).toContain('arranges to meet the child')
    expect(w.clauses[0].links.map((l) => l.label)).toEqual([f.criterion.label])
    const byCode = Object.fromEntries(w.jurisdictions.map((j, i) => [j.code, w.forecast.clauses[0].cells[i]]))
    expect(byCode[f.meets.code].status).toBe('MET')
    expect(byCode[f.meets.code].links[0].evidence.map((e) => e.citation)).toEqual([f.meets.section.citation])
    expect(byCode[f.partly.code].status).toBe('PARTIAL')
    expect(w.forecast.summary).toMatchObject({ participants: 2, requiringChange: 1 })
    expect(w.crosswalks.map((c) => c.slug)).toEqual([f.crosswalk.slug])

    // Adding a jurisdiction changes the forecast at once.
    await addDraftJurisdiction(t.db, {
      draftId: draft.id,
      user: author,
      expectedVersion: 2,
      jurisdictionCode: f.lacks.code,
    })
    const after = await getDraftWorkspace(t.db, { draftId: draft.id, user: author })
    expect(after.forecast.summary).toMatchObject({ participants: 3, requiringChange: 2 })
    expect(after.forecast.clauses[0].totals).toEqual({ MET: 1, PARTIAL: 1, NOT_MET: 1, UNKNOWN: 0 })
    await rejects(
      addDraftJurisdiction(t.db, {
        draftId: draft.id,
        user: author,
        expectedVersion: 3,
        jurisdictionCode: f.lacks.code,
      }),
      'VALIDATION',
    )
  })

  it('forecasts concept links from definitions and their required features', async () => {
    const draft = await createDraft(t.db, {
      user: author,
      title: 'Virtual CSAM',
      purpose: null,
      jurisdictionCodes: [f.meets.code, f.partly.code],
    })
    await createClause(t.db, {
      draftId: draft.id,
      user: author,
      expectedVersion: 1,
      heading: 'Virtual material',
      text: 'Each Party shall cover computer-generated material.',
      criterionIds: [],
      conceptIds: [f.concept.id],
    })
    let w = await getDraftWorkspace(t.db, { draftId: draft.id, user: author })
    expect(w.forecast.clauses[0].cells.map((c) => c.status)).toEqual(['MET', 'MET'])
    await updateLinkRequirements(t.db, {
      draftId: draft.id,
      user: author,
      expectedVersion: 2,
      linkId: w.clauses[0].links[0].id,
      requiredFeatures: { virtualOrGenerated: true },
    })
    w = await getDraftWorkspace(t.db, { draftId: draft.id, user: author })
    const status = Object.fromEntries(w.jurisdictions.map((j, i) => [j.code, w.forecast.clauses[0].cells[i].status]))
    expect(status).toEqual({ [f.meets.code]: 'MET', [f.partly.code]: 'NOT_MET' })
    expect(w.clauses[0].links[0].label).toBe('Definition of child sexual abuse material (virtual or generated)')
  })

  it('refuses a stale save and keeps the newer version', async () => {
    const draft = await createDraft(t.db, {
      user: author,
      title: 'Contested',
      purpose: null,
      jurisdictionCodes: [],
    })
    await updateDraftDetails(t.db, {
      draftId: draft.id,
      user: author,
      expectedVersion: 1,
      title: 'Contested (v2)',
      purpose: null,
    })
    const error = await rejects(
      updateDraftDetails(t.db, {
        draftId: draft.id,
        user: author,
        expectedVersion: 1,
        title: 'Stale edit',
        purpose: null,
      }),
      'CONFLICT',
    )
    expect(error.message).toMatch(/changed by someone else/)
    const w = await getDraftWorkspace(t.db, { draftId: draft.id, user: author })
    expect(w.draft).toMatchObject({ title: 'Contested (v2)', version: 2 })
    expect((await findDraftHistory(t.db, { draftId: draft.id, user: author })).versions).toHaveLength(2)
  })

  it('versions every change and compares two versions', async () => {
    const draft = await createDraft(t.db, {
      user: author,
      title: 'Versioned',
      purpose: null,
      jurisdictionCodes: [f.meets.code],
    })
    const one = await createClause(t.db, {
      draftId: draft.id,
      user: author,
      expectedVersion: 1,
      heading: 'One',
      text: 'Parties shall criminalise grooming.',
      criterionIds: [f.criterion.id],
      conceptIds: [],
    })
    const two = await createClause(t.db, {
      draftId: draft.id,
      user: author,
      expectedVersion: 2,
      heading: 'Two',
      text: 'Sanctions shall be dissuasive.',
      criterionIds: [],
      conceptIds: [],
    })
    await updateClause(t.db, {
      draftId: draft.id,
      user: author,
      expectedVersion: 3,
      clauseId: one.result.id,
      heading: 'One',
      text: 'Parties shall criminalise online grooming.',
      criterionIds: [],
      conceptIds: [],
    })
    await moveClause(t.db, {
      draftId: draft.id,
      user: author,
      expectedVersion: 4,
      clauseId: two.result.id,
      direction: 'up',
    })
    await rejects(
      moveClause(t.db, {
        draftId: draft.id,
        user: author,
        expectedVersion: 5,
        clauseId: two.result.id,
        direction: 'up',
      }),
      'VALIDATION',
    )
    await removeDraftJurisdiction(t.db, {
      draftId: draft.id,
      user: author,
      expectedVersion: 5,
      jurisdictionCode: f.meets.code,
    })
    await deleteClause(t.db, { draftId: draft.id, user: author, expectedVersion: 6, clauseId: two.result.id })

    const history = await findDraftHistory(t.db, { draftId: draft.id, user: author })
    expect(history.versions.map((v) => v.versionNumber)).toEqual([7, 6, 5, 4, 3, 2, 1])
    const [v3, v7] = await getDraftSnapshots(t.db, { draftId: draft.id, user: author, versions: [3, 7] })
    const diff = compareSnapshots(v3!, v7!)
    expect(diff.clauses.map((c) => [c.heading, c.change])).toEqual([
      ['One', 'changed'],
      ['Two', 'removed'],
    ])
    expect(diff.clauses[0].text.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['online'])
    expect(diff.clauses[0].linksRemoved).toEqual([f.criterion.label])
    expect(diff.jurisdictionsRemoved).toEqual([f.meets.name])
    expect((await getDraftSnapshots(t.db, { draftId: draft.id, user: author, versions: [99] }))[0]).toBeNull()
  })
})

describe('drafts are private unless shared', () => {
  it('hides a draft from other users, lets readers read and editors edit', async () => {
    const draft = await createDraft(t.db, {
      user: author,
      title: 'Private draft',
      purpose: null,
      jurisdictionCodes: [],
    })
    await rejects(getDraftWorkspace(t.db, { draftId: draft.id, user: stranger }), 'NOT_FOUND')
    expect(await findDraftTitle(t.db, { draftId: draft.id, user: stranger })).toBeNull()
    expect(await findDraftTitle(t.db, { draftId: draft.id, user: author })).toBe('Private draft')
    await rejects(findDraftHistory(t.db, { draftId: draft.id, user: stranger }), 'NOT_FOUND')
    await rejects(
      updateDraftDetails(t.db, {
        draftId: draft.id,
        user: stranger,
        expectedVersion: 1,
        title: 'Hijack',
        purpose: null,
      }),
      'NOT_FOUND',
    )

    await shareDraft(t.db, { draftId: draft.id, user: author, email: colleague.email, access: 'READ' })
    expect((await getDraftWorkspace(t.db, { draftId: draft.id, user: colleague })).access).toBe('read')
    await rejects(
      updateDraftDetails(t.db, {
        draftId: draft.id,
        user: colleague,
        expectedVersion: 1,
        title: 'Reader edit',
        purpose: null,
      }),
      'FORBIDDEN',
    )
    await rejects(
      shareDraft(t.db, { draftId: draft.id, user: colleague, email: stranger.email, access: 'EDIT' }),
      'FORBIDDEN',
    )
    expect((await findDraftsForUser(t.db, { user: colleague })).shared.map((d) => [d.title, d.access])).toContainEqual([
      'Private draft',
      'READ',
    ])

    await shareDraft(t.db, { draftId: draft.id, user: author, email: colleague.email, access: 'EDIT' })
    await updateDraftDetails(t.db, {
      draftId: draft.id,
      user: colleague,
      expectedVersion: 1,
      title: 'Edited by a colleague',
      purpose: null,
    })
    expect((await findDraftHistory(t.db, { draftId: draft.id, user: author })).versions[0].author).toBe(
      'Cole Colleague',
    )
    await rejects(deleteDraft(t.db, { draftId: draft.id, user: colleague, expectedVersion: 2 }), 'FORBIDDEN')
    await rejects(
      shareDraft(t.db, { draftId: draft.id, user: author, email: 'nobody@example.org', access: 'READ' }),
      'VALIDATION',
    )

    await unshareDraft(t.db, { draftId: draft.id, user: author, shareUserId: colleague.id })
    await rejects(getDraftWorkspace(t.db, { draftId: draft.id, user: colleague }), 'NOT_FOUND')

    await deleteDraft(t.db, { draftId: draft.id, user: author, expectedVersion: 2 })
    await rejects(getDraftWorkspace(t.db, { draftId: draft.id, user: author }), 'NOT_FOUND')
    expect((await findDraftsForUser(t.db, { user: author })).owned.map((d) => d.title)).not.toContain(
      'Edited by a colleague',
    )
  })

  it('refuses every draft function to a signed-out caller (no user) with 401, and writes nothing', async () => {
    const draft = await createDraft(t.db, {
      user: author,
      title: 'Signed-out check',
      purpose: null,
      jurisdictionCodes: [],
    })
    await rejects(
      createDraft(t.db, { user: null, title: 'Anonymous', purpose: null, jurisdictionCodes: [] }),
      'UNAUTHENTICATED',
    )
    await rejects(findDraftsForUser(t.db, { user: null }), 'UNAUTHENTICATED')
    await rejects(getDraftWorkspace(t.db, { draftId: draft.id, user: null }), 'UNAUTHENTICATED')
    await rejects(findDraftHistory(t.db, { draftId: draft.id, user: null }), 'UNAUTHENTICATED')
    await rejects(
      updateDraftDetails(t.db, {
        draftId: draft.id,
        user: null,
        expectedVersion: 1,
        title: 'Anonymous',
        purpose: null,
      }),
      'UNAUTHENTICATED',
    )
    await rejects(deleteDraft(t.db, { draftId: draft.id, user: null, expectedVersion: 1 }), 'UNAUTHENTICATED')
    expect(await findDraftTitle(t.db, { draftId: draft.id, user: null })).toBeNull()
    const w = await getDraftWorkspace(t.db, { draftId: draft.id, user: author })
    expect([w.draft.title, w.draft.version]).toEqual(['Signed-out check', 1])
    expect(await t.db.draft.count({ where: { title: 'Anonymous' } })).toBe(0)
  })
})

describe('finding law to draft from', () => {
  it('finds provisions by words in the citation, heading or text, within a jurisdiction', async () => {
    const all = await searchProvisionsForClause(t.db, { query: 'meet child' })
    expect(all.map((p) => p.citation)).toEqual(
      expect.arrayContaining([f.meets.section.citation, f.partly.section.citation, f.treaty.art23.citation]),
    )
    const within = await searchProvisionsForClause(t.db, { query: 'MEET child', jurisdictionCode: f.partly.code })
    expect(within.map((p) => p.citation)).toEqual([f.partly.section.citation])
    expect(await searchProvisionsForClause(t.db, { query: 'no-such-words-here' })).toEqual([])
  })

  it('groups crosswalks by provision, with every equivalent resolved to a citation and link', async () => {
    const byProvision = await findCrosswalksByProvision(t.db, [f.treaty.art23.id, f.lacks.section.id])
    expect([...byProvision.keys()]).toEqual([f.treaty.art23.id])
    const [crosswalk] = byProvision.get(f.treaty.art23.id)!
    expect(crosswalk.entries.map((e) => [e.kind, e.label])).toEqual(
      expect.arrayContaining([
        ['provision', f.treaty.art23.citation],
        ['provision', f.meets.section.citation],
        ['criterion', f.criterion.label],
      ]),
    )
    expect(crosswalk.entries.find((e) => e.kind === 'criterion')?.href).toBe(
      `/standards/${f.standard.slug}#criterion-23`,
    )
  })
})
