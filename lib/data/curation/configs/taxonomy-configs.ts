import { AppError, validationError } from '@/lib/errors/app-error'
import type { Row, Tx } from '../curated-model'
import { provisionRefOf, provisionRefSelect } from './provision-natural-key'
import { contains, defineConfig, rel } from './record-config'

type Slug = { slug: string } | null
type CriterionKey = { code: string; standard: { slug: string } } | null

/** The taxonomy: topics in a tree (`parent`), ordered among their siblings. */
export const topicConfig = defineConfig({
  key: 'topics',
  model: 'topic',
  select: {
    id: true,
    slug: true,
    name: true,
    description: true,
    sortOrder: true,
    parent: { select: { slug: true } },
  },
  toInput: (row) => ({
    slug: row.slug as string,
    name: row.name as string,
    description: row.description as string | null,
    parent: rel<Slug>(row, 'parent')?.slug ?? null,
    sortOrder: row.sortOrder as number,
  }),
  toData: async (input, refs) => {
    const { parent, ...rest } = input
    return { ...rest, parentId: await refs.topic('parent', parent) }
  },
  keyColumns: ['slug'],
  uniqueKey: true,
  title: (row) => `${row.name as string} (${row.slug as string})`,
  subtitle: (row) => {
    const parent = rel<Slug>(row, 'parent')
    return parent ? `under ${parent.slug}` : 'top level'
  },
  search: (q) => ({ OR: [contains('name', q), contains('slug', q)] }),
  orderBy: [{ slug: 'asc' }],
  /** A topic cannot sit under itself or one of its own subtopics (the tree would loop). */
  async check(tx, entityId, data) {
    let parentId = data.parentId as string | null | undefined
    for (let depth = 0; parentId && depth < 100; depth++) {
      if (parentId === entityId)
        throw validationError({ parent: ['A topic cannot sit under itself or under one of its own subtopics'] })
      const parent = await tx.topic.findUnique({ where: { id: parentId }, select: { parentId: true, deletedAt: true } })
      if (parent?.deletedAt) throw validationError({ parent: ['The parent topic was deleted; choose another'] })
      parentId = parent?.parentId
    }
  },
  /** A deleted topic must not linger in facets, the compare tree or criteria: remove its uses first. */
  async beforeDelete(tx, entityId) {
    const [children, provisions, criteria] = await Promise.all([
      tx.topic.count({ where: { parentId: entityId, deletedAt: null } }),
      tx.provisionTopic.count({ where: { topicId: entityId } }),
      tx.criterion.count({ where: { topicId: entityId, deletedAt: null } }),
    ])
    const uses = [
      children && `${children} subtopic${children === 1 ? '' : 's'}`,
      provisions && `${provisions} tagged provision${provisions === 1 ? '' : 's'}`,
      criteria && `${criteria} criteri${criteria === 1 ? 'on' : 'a'}`,
    ].filter(Boolean)
    if (uses.length)
      throw new AppError('CONFLICT', `This topic is still used by ${uses.join(', ')}: move or untag them first.`)
  },
})

/** Groups of equivalent articles / criteria; the entries are child rows edited with the crosswalk. */
export const crosswalkConfig = defineConfig({
  key: 'crosswalks',
  model: 'crosswalk',
  select: {
    id: true,
    slug: true,
    label: true,
    note: true,
    entries: {
      orderBy: { id: 'asc' },
      select: {
        note: true,
        provision: provisionRefSelect,
        criterion: { select: { code: true, standard: { select: { slug: true } } } },
      },
    },
  },
  toInput: (row) => ({
    slug: row.slug as string,
    label: row.label as string,
    note: row.note as string | null,
    entries: rel<Row[]>(row, 'entries').map((entry) => {
      const criterion = rel<CriterionKey>(entry, 'criterion')
      return {
        provision: provisionRefOf(entry, 'provision'),
        criterion: criterion ? `${criterion.standard.slug}/${criterion.code}` : null,
        note: entry.note as string | null,
      }
    }),
  }),
  toData: async (input) => {
    const { entries: _entries, ...rest } = input
    return rest
  },
  keyColumns: ['slug'],
  uniqueKey: true,
  title: (row) => row.label as string,
  subtitle: (row) => `${row.slug as string} · ${rel<Row[]>(row, 'entries').length} articles`,
  search: (q) => ({ OR: [contains('label', q), contains('slug', q)] }),
  orderBy: [{ label: 'asc' }],
  children: {
    keys: ['entries'],
    async resolve(input, refs) {
      if (!input.entries) return { entries: undefined }
      const entries = await Promise.all(
        input.entries.map(async (entry, row) => ({
          provisionId: await refs.provision('entries', entry.provision, { row, column: 'provision' }),
          criterionId: await refs.criterion('entries', entry.criterion, { row, column: 'criterion' }),
          note: entry.note,
        })),
      )
      // Two references to the same provision (by work and by expression URI) are one entry.
      const ids = entries.map((e) => e.provisionId).filter(Boolean)
      if (new Set(ids).size !== ids.length) throw validationError({ entries: ['The same provision is listed twice'] })
      return { entries }
    },
    async load(tx: Tx, id: string) {
      const entries = await tx.crosswalkEntry.findMany({
        where: { crosswalkId: id },
        orderBy: { id: 'asc' },
        select: { provisionId: true, criterionId: true, note: true },
      })
      return { entries }
    },
    /** Entries that stay keep their row (and id, so the data files' seed recognises them); others go or come. */
    async write(tx, id, rows) {
      if (!rows.entries) return
      const wanted = rows.entries as { provisionId: string | null; criterionId: string | null; note: string | null }[]
      const current = await tx.crosswalkEntry.findMany({ where: { crosswalkId: id } })
      const keyOf = (e: { provisionId: string | null; criterionId: string | null }) =>
        `${e.provisionId ?? ''}|${e.criterionId ?? ''}`
      const byKey = new Map(current.map((e) => [keyOf(e), e]))
      const kept = new Set<string>()
      for (const entry of wanted) {
        const existing = byKey.get(keyOf(entry))
        if (existing) {
          kept.add(existing.id)
          if (existing.note !== entry.note)
            await tx.crosswalkEntry.update({ where: { id: existing.id }, data: { note: entry.note } })
        } else {
          await tx.crosswalkEntry.create({ data: { ...entry, crosswalkId: id } })
        }
      }
      const gone = current.filter((e) => !kept.has(e.id)).map((e) => e.id)
      if (gone.length) await tx.crosswalkEntry.deleteMany({ where: { id: { in: gone } } })
    },
  },
})
