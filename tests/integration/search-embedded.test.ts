import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmbeddedEngine } from '@/lib/search/embedded/embedded-engine'
import { searchLaw } from '@/lib/search/search-law'
import { useAsAppDatabase } from '@/tests/support/api-fixtures'
import type { SearchEngine } from '@/lib/search/search-port'
import { createSearchFixture, type SearchFixture } from '@/tests/support/search-fixtures'
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database'

/** What only the embedded engine does: index every write path at once, and say what it corrected. */
let t: TestDatabase
let f: SearchFixture
let engine: SearchEngine
beforeAll(async () => {
  t = await createTestDatabase()
  f = await createSearchFixture(t.db)
  engine = createEmbeddedEngine(t.db)
  useAsAppDatabase(t.db)
})
afterAll(async () => {
  await t?.cleanup()
})

const search = (q: string, exact = false) =>
  engine.search({ q, filters: {}, sort: 'relevance', page: 1, pageSize: 20, exact })
const ids = async (q: string) => (await search(q)).hits.map((h) => h.document.entityId)

describe('embedded search engine', () => {
  it('says which words it corrected, and can search as typed', async () => {
    const corrected = await search('groomng')
    expect(corrected.correctedQuery).toBe('grooming')
    expect(corrected.hits.map((h) => h.document.entityId)).toContain(f.provisions.solicitation) // grooming's synonym
    const typed = await search('groomng', true)
    expect(typed.correctedQuery).toBeUndefined()
    expect(typed.total).toBe(0)
    expect((await search('grooming')).correctedQuery).toBeUndefined()
  })

  it('indexes rows however they are written: Prisma, bulk and raw SQL, and on update', async () => {
    await t.db.provision.createMany({
      data: [
        {
          versionId: f.act.versionId,
          eId: 'sec_20',
          heading: 'Cyberflashing',
          text: 'Sending an unsolicited image.',
          citation: 's. 20',
        },
      ],
    })
    await t.db.$executeRawUnsafe(
      `INSERT INTO "Provision" (id, "versionId", "eId", heading, text, citation, "updatedAt") VALUES ('rawsql1', $1, 'sec_21', 'Doxxing', 'Publishing private details.', 's. 21', now())`,
      f.act.versionId,
    )
    expect((await search('cyberflashing')).total).toBe(1)
    expect(await ids('doxxing')).toEqual(['rawsql1'])

    await t.db.provision.update({ where: { id: 'rawsql1' }, data: { heading: 'Swatting' } })
    expect(await ids('swatting')).toEqual(['rawsql1'])
    expect((await search('doxxing', true)).total).toBe(0)
    // New words join the spelling vocabulary in the same statement.
    expect((await search('swattin')).correctedQuery).toBe('swatting')
  })

  it('keeps the topic facet in step with topic links', async () => {
    const inTopic = async () =>
      (
        await engine.search({
          q: '',
          filters: { topic: 'offences.csam', jurisdiction: f.north.code },
          sort: 'relevance',
          page: 1,
          pageSize: 20,
        })
      ).hits.map((h) => h.document.entityId)
    expect(await inTopic()).toEqual([f.provisions.csam])
    const topic = await t.db.topic.findUniqueOrThrow({ where: { slug: 'offences.csam' } })
    await t.db.provisionTopic.create({ data: { provisionId: f.provisions.extortion, topicId: topic.id } })
    expect((await inTopic()).sort()).toEqual([f.provisions.csam, f.provisions.extortion].sort())
    await t.db.provisionTopic.deleteMany({ where: { provisionId: f.provisions.csam } })
    expect(await inTopic()).toEqual([f.provisions.extortion])
  })

  it('ignores stop words alone and handles exclusions', async () => {
    expect((await search('the of')).total).toBe(0)
    // Beside a synonym group (matched alternative by alternative) a stop word still changes nothing.
    const csam = await ids('child pornography')
    expect(csam.length).toBeGreaterThan(1)
    expect(await ids('the child pornography')).toEqual(csam)
    expect(await ids('child pornography -the')).toEqual(csam)
    const withoutMarkup = await ids('grooming -scripts')
    expect(withoutMarkup).toContain(f.provisions.grooming)
    expect(withoutMarkup).not.toContain(f.provisions.markup)
  })

  it('keeps an answer for the page until the next commit, and no longer', async () => {
    const params = { q: 'cyberstalking', sort: 'relevance', page: 1 } as const
    const first = await searchLaw(params)
    expect(first.total).toBe(0)
    // The same question again is the same answer from memory, not a second search.
    expect(await searchLaw(params)).toBe(first)
    await t.db.provision.create({
      data: {
        versionId: f.act.versionId,
        eId: 'sec_30',
        heading: 'Cyberstalking',
        text: 'Stalking online.',
        citation: 's. 30',
      },
    })
    const after = await searchLaw(params)
    expect(after).not.toBe(first)
    expect(after.total).toBe(1)
    expect(after.hits[0].document.title).toContain('Cyberstalking')
  })
})
