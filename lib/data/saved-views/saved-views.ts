import type { CurrentUser } from '@/lib/auth/current-user'
import type { Db } from '@/lib/db/prisma'
import { AppError } from '@/lib/errors/app-error'
import {
  MAX_SAVED_VIEWS,
  normaliseSavedView,
  savedViewHref,
  savedViewPages,
  type NormalisedView,
  type SavedViewPage,
} from '@/lib/schemas/saved-views'
import { countChanges, findChangeEntries } from '../api/changes'
import { findSavedViewScope } from './view-scope'

/**
 * A signed-in user's saved views (any role). Every function takes the acting user and touches
 * only that user's rows: someone else's view is "not found", never "forbidden", so ids leak
 * nothing. Each create, rename and delete is recorded in the revision history (who, when,
 * before, after); opening a view only moves its "last looked" instant.
 */
type Actor = { user: CurrentUser | null }

function signedIn(user: CurrentUser | null): asserts user is CurrentUser {
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to keep saved views.')
}

const notFound = () => new AppError('NOT_FOUND', 'This saved view does not exist, or it is not yours.')
const snapshot = (view: { name: string; page: string; query: string }) => ({
  name: view.name,
  page: view.page,
  query: view.query,
})

export async function createSavedView(db: Db, options: Actor & { name: string; view: NormalisedView }) {
  const user = options.user
  signedIn(user)
  return db.$transaction(async (tx) => {
    const count = await tx.savedView.count({ where: { userId: user.id } })
    if (count >= MAX_SAVED_VIEWS)
      throw new AppError(
        'CONFLICT',
        `You have ${MAX_SAVED_VIEWS} saved views, the most one account keeps. Delete one first.`,
      )
    const created = await tx.savedView.create({
      data: { userId: user.id, name: options.name, page: options.view.page, query: options.view.query },
      select: { id: true, name: true, page: true, query: true, version: true },
    })
    await tx.revision.create({
      data: {
        entityType: 'SavedView',
        entityId: created.id,
        action: 'CREATE',
        after: snapshot(created),
        userId: user.id,
      },
    })
    return created
  })
}

export async function renameSavedView(
  db: Db,
  options: Actor & { viewId: string; expectedVersion: number; name: string },
) {
  const user = options.user
  signedIn(user)
  return db.$transaction(async (tx) => {
    const view = await tx.savedView.findFirst({ where: { id: options.viewId, userId: user.id } })
    if (!view) throw notFound()
    if (view.version !== options.expectedVersion)
      throw new AppError(
        'CONFLICT',
        `This view was changed in another window (it is now “${view.name}”). Reload and try again.`,
      )
    const updated = await tx.savedView.update({
      where: { id: view.id },
      data: { name: options.name, version: { increment: 1 } },
      select: { id: true, name: true, page: true, query: true, version: true },
    })
    await tx.revision.create({
      data: {
        entityType: 'SavedView',
        entityId: view.id,
        action: 'UPDATE',
        before: snapshot(view),
        after: snapshot(updated),
        userId: user.id,
      },
    })
    return updated
  })
}

export async function deleteSavedView(db: Db, options: Actor & { viewId: string }) {
  const user = options.user
  signedIn(user)
  await db.$transaction(async (tx) => {
    const view = await tx.savedView.findFirst({ where: { id: options.viewId, userId: user.id } })
    if (!view) throw notFound()
    await tx.savedView.delete({ where: { id: view.id } })
    await tx.revision.create({
      data: { entityType: 'SavedView', entityId: view.id, action: 'DELETE', before: snapshot(view), userId: user.id },
    })
  })
}

/** Opening a view: from now on, only later changes are "new"; returns where the view lives. */
export async function openSavedView(db: Db, options: Actor & { viewId: string }) {
  const user = options.user
  signedIn(user)
  const { count } = await db.savedView.updateMany({
    where: { id: options.viewId, userId: user.id },
    data: { lastSeenAt: new Date() },
  })
  if (!count) throw notFound()
  const view = await db.savedView.findFirstOrThrow({
    where: { id: options.viewId, userId: user.id },
    select: { page: true, query: true },
  })
  return { href: savedViewHref(view) }
}

/** The newest changes listed under each view; the count covers them all. */
const LISTED_CHANGES = 20

/** The user's views, newest first, each with the published changes since they last opened it. */
export async function findSavedViews(db: Db, options: Actor) {
  const user = options.user
  signedIn(user)
  const views = await db.savedView.findMany({
    where: { userId: user.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, name: true, page: true, query: true, version: true, lastSeenAt: true, createdAt: true },
  })
  const withChanges = []
  for (const view of views) {
    const page = (savedViewPages as readonly string[]).includes(view.page) ? (view.page as SavedViewPage) : null
    const subjects = page && normaliseSavedView(page, view.query)?.subjects
    if (!subjects) {
      withChanges.push({ ...view, href: savedViewHref(view), changeCount: 0, changes: [] })
      continue
    }
    const scope = await findSavedViewScope(db, subjects)
    const since = view.lastSeenAt
    const [changeCount, { items }] = await Promise.all([
      countChanges(db, { since, scope }),
      findChangeEntries(db, { since, scope, limit: LISTED_CHANGES, newestFirst: true }),
    ])
    withChanges.push({
      ...view,
      href: savedViewHref(view),
      changeCount,
      changes: items.map(({ revisionId, summary, date, kind }) => ({ id: revisionId, summary, date, kind })),
    })
  }
  return withChanges
}

export type SavedViewItem = Awaited<ReturnType<typeof findSavedViews>>[number]
