import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../support/test-database'
import { createJurisdiction, createTestUser } from '../support/curation-fixtures'
import { largeLawDocument, lawDocument } from '../support/law-documents'
import { importLawDocument } from '@/lib/data/law/import-law-document'
import { createEmbeddedEngine } from '@/lib/search/embedded/embedded-engine'
import { catchUpVocabulary } from '@/lib/search/vocabulary-catch-up'
import type { LawDocument } from '@/lib/import/formats/law-document'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
  await createJurisdiction(t.db, 'XQ')
  await createJurisdiction(t.db, 'XR')
})
afterAll(async () => {
  await t.cleanup()
})

const source = (name: string, doc: LawDocument) => ({
  name,
  retrievedAt: new Date('2026-12-01T10:00:00Z'),
  sha256: createHash('sha256').update(JSON.stringify(doc)).digest('hex'),
  url: 'https://example.org/law.xml',
})
const system = { system: 'test' }

describe('importing a LawDocument', () => {
  it('creates the work, the version and every provision verbatim, with citations, parents, refs and notes', async () => {
    const doc = lawDocument({ uri: '/akn/xq/act/2020/1' })
    const preview = await importLawDocument(t.db, {
      ...system,
      document: doc,
      source: source('a.xml', doc),
      commit: false,
    })
    expect(preview).toMatchObject({
      committed: false,
      result: 'create',
      counts: { provisions: 10, byTag: { part: 1, section: 3, subsection: 6 } },
    })
    expect(await t.db.instrument.count({ where: { uri: '/akn/xq/act/2020/1' } })).toBe(0)

    const done = await importLawDocument(t.db, {
      ...system,
      document: doc,
      source: source('a.xml', doc),
      commit: true,
    })
    expect(done).toMatchObject({ committed: true, result: 'create', problems: [] })
    const instrument = await t.db.instrument.findUniqueOrThrow({
      where: { uri: '/akn/xq/act/2020/1' },
      include: { jurisdiction: true, versions: true },
    })
    expect(instrument).toMatchObject({
      title: 'Test Instrument Act 2020',
      shortTitle: 'Test Act 2020',
      kind: 'STATUTE',
      jurisdiction: { code: 'XQ' },
      officialTextUrl: 'https://example.org/law.xml',
    })
    expect(instrument.versions).toHaveLength(1)
    expect(instrument.versions[0]).toMatchObject({
      expressionUri: '/akn/xq/act/2020/1/eng@2024-01-01',
      sourceFormat: 'akn',
      sourceSha256: source('a.xml', doc).sha256,
    })
    const provisions = await t.db.provision.findMany({
      where: { versionId: instrument.versions[0].id },
      orderBy: { sortOrder: 'asc' },
      include: { parent: { select: { eId: true } } },
    })
    expect(provisions.map((p) => p.eId).slice(0, 4)).toEqual(['part_1', 'sec_1', 'sec_1__subsec_1', 'sec_1__subsec_2'])
    expect(provisions.every((p) => p.textKind === 'VERBATIM')).toBe(true)
    const sub = provisions.find((p) => p.eId === 'sec_1__subsec_1')!
    expect(sub).toMatchObject({
      citation: 'Test Act 2020, s. 1(1)',
      text: 'Text of section 1.',
      parent: { eId: 'sec_1' },
      refs: [{ text: 'section 2', href: '#sec_2' }],
    })
    expect(provisions.find((p) => p.eId === 'sec_1__subsec_2')!.annotations).toEqual([
      { kind: 'remark', text: 'Editorial remark.' },
    ])
    const revisions = await t.db.revision.findMany({
      where: { entityId: { in: [instrument.id, instrument.versions[0].id] } },
    })
    expect(revisions.map((r) => `${r.entityType} ${r.action} ${r.actor}`).sort()).toEqual([
      'Instrument CREATE test',
      'InstrumentVersion CREATE test',
    ])
    expect(await t.db.searchOutbox.count({ where: { entityType: 'instrument', entityId: instrument.id } })).toBe(1)
  })

  it('reports "unchanged" for the same text and writes nothing', async () => {
    const doc = lawDocument({ uri: '/akn/xq/act/2020/1' })
    const before = await t.db.revision.count()
    const again = await importLawDocument(t.db, {
      ...system,
      document: doc,
      source: source('a.xml', doc),
      commit: true,
    })
    expect(again).toMatchObject({ result: 'unchanged', committed: false, counts: { added: 0, changed: 0, removed: 0 } })
    expect(await t.db.revision.count()).toBe(before)
  })

  it('updates changed provisions in place, soft-deletes removed ones, and records one revision', async () => {
    const doc = lawDocument({
      uri: '/akn/xq/act/2020/1',
      sections: 2,
      text: (n) => (n === 2 ? 'Amended text of section 2.' : `Text of section ${n}.`),
    })
    const version = await t.db.instrumentVersion.findUniqueOrThrow({
      where: { expressionUri: '/akn/xq/act/2020/1/eng@2024-01-01' },
    })
    const sec2 = await t.db.provision.findFirstOrThrow({ where: { versionId: version.id, eId: 'sec_2__subsec_1' } })
    const report = await importLawDocument(t.db, {
      ...system,
      document: doc,
      source: source('b.xml', doc),
      commit: true,
    })
    expect(report).toMatchObject({ result: 'update', committed: true, counts: { added: 0, changed: 1, removed: 3 } })
    const after = await t.db.provision.findUniqueOrThrow({ where: { id: sec2.id } })
    expect(after).toMatchObject({ text: 'Amended text of section 2.', version: sec2.version + 1 })
    expect(await t.db.provision.count({ where: { versionId: version.id, deletedAt: { not: null } } })).toBe(3)
    const revision = await t.db.revision.findFirstOrThrow({ where: { entityId: version.id, action: 'UPDATE' } })
    expect(revision.after).toMatchObject({
      import: {
        source: 'b.xml',
        changed: ['sec_2__subsec_1'],
        removed: ['sec_3', 'sec_3__subsec_1', 'sec_3__subsec_2'],
      },
    })
  })

  it('adds a new expression as a new version and closes the previous one', async () => {
    const doc = lawDocument({ uri: '/akn/xq/act/2020/1', asAt: '2025-06-01' })
    const report = await importLawDocument(t.db, {
      ...system,
      document: doc,
      source: source('c.xml', doc),
      commit: true,
    })
    expect(report).toMatchObject({ result: 'new-version', committed: true })
    const versions = await t.db.instrumentVersion.findMany({
      where: { instrument: { uri: '/akn/xq/act/2020/1' } },
      orderBy: { validFrom: 'asc' },
    })
    expect(
      versions.map((v) => [v.validFrom?.toISOString().slice(0, 10), v.validTo?.toISOString().slice(0, 10) ?? null]),
    ).toEqual([
      ['2024-01-01', '2025-06-01'],
      ['2025-06-01', null],
    ])
  })

  it('refuses bad input whole, root cause first', async () => {
    const unknown = lawDocument({ uri: '/akn/qq/act/2020/2', country: 'qq' })
    const refused = await importLawDocument(t.db, {
      ...system,
      document: unknown,
      source: source('d.xml', unknown),
      commit: true,
    })
    expect(refused).toMatchObject({ committed: false, result: 'error' })
    expect(refused.problems[0].message).toContain('Unknown jurisdiction "qq"')
    expect(await t.db.instrument.count({ where: { uri: '/akn/qq/act/2020/2' } })).toBe(0)

    const dup = lawDocument({ uri: '/akn/xq/act/2020/3' })
    dup.nodes[0].children[1].eId = 'sec_1'
    const duplicate = await importLawDocument(t.db, {
      ...system,
      document: dup,
      source: source('e.xml', dup),
      commit: true,
    })
    expect(duplicate.problems[0].message).toContain('"sec_1" is used twice')
    expect(await t.db.instrument.count({ where: { uri: '/akn/xq/act/2020/3' } })).toBe(0)

    const badKind = lawDocument({ uri: '/akn/xq/act/2020/4' })
    badKind.work.kind = 'POEM'
    const kind = await importLawDocument(t.db, {
      ...system,
      document: badKind,
      source: source('f.xml', badKind),
      commit: true,
    })
    expect(kind.problems[0]).toMatchObject({ location: 'work', field: 'kind' })
  })

  it('files a sub-national text under its country with a warning when the unit is missing', async () => {
    const doc = lawDocument({ uri: '/akn/xr-cpt/act/2019/5', country: 'xr-cpt' })
    const report = await importLawDocument(t.db, {
      ...system,
      document: doc,
      source: source('g.xml', doc),
      commit: true,
    })
    expect(report).toMatchObject({ committed: true, work: { jurisdiction: 'XR' } })
    expect(report.warnings[0].message).toContain('"xr-cpt" is not in the dataset')
  })

  it('checks the role: editors preview, reviewers commit', async () => {
    const editor = await createTestUser(t.db, 'editor')
    const doc = lawDocument({ uri: '/akn/xq/act/2020/6' })
    await expect(
      importLawDocument(t.db, { user: editor, document: doc, source: source('h.xml', doc), commit: true }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(
      (
        await importLawDocument(t.db, {
          user: editor,
          document: doc,
          source: source('h.xml', doc),
          commit: false,
        })
      ).result,
    ).toBe('create')
  })

  it('imports 5,000 provisions in one go and reports progress', async () => {
    const doc = largeLawDocument(5_000)
    const seen: number[] = []
    const report = await importLawDocument(t.db, {
      ...system,
      document: doc,
      source: source('big.xml', doc),
      commit: true,
      onProgress: (done) => seen.push(done),
    })
    expect(report).toMatchObject({ committed: true, counts: { provisions: 5_000 } })
    expect(seen.at(-1)).toBe(5_000)
    expect(await t.db.provision.count({ where: { instrumentVersion: { expressionUri: doc.expression.uri } } })).toBe(
      5_000,
    )
  })
})

describe('reading an imported version back', () => {
  it('gives the same LawDocument, which re-imports as unchanged', async () => {
    const { getLawDocument } = await import('@/lib/data/law/get-law-document')
    const original = lawDocument({ uri: '/akn/xq/act/2022/7', asAt: '2022-03-01' })
    await importLawDocument(t.db, {
      ...system,
      document: original,
      source: source('r.xml', original),
      commit: true,
    })
    const back = await getLawDocument(t.db, {
      workUri: '/akn/xq/act/2022/7',
      expressionUri: '/akn/xq/act/2022/7/eng@2022-03-01',
    })
    const plain = (value: unknown) => JSON.parse(JSON.stringify(value))
    expect(plain(back?.nodes)).toEqual(plain(original.nodes))
    expect(back?.work).toMatchObject({ uri: '/akn/xq/act/2022/7', country: 'xq', shortTitle: 'Test Act 2020' })
    const again = await importLawDocument(t.db, {
      ...system,
      document: back!,
      source: source('r2.xml', back!),
      commit: true,
    })
    expect(again).toMatchObject({ result: 'unchanged', problems: [] })
  })

  it('counts official (verbatim) text against summaries', async () => {
    const { countTextKinds } = await import('@/lib/data/law/count-text-kinds')
    const before = await countTextKinds(t.db)
    const doc = lawDocument({ uri: '/akn/xq/act/2023/8' })
    await importLawDocument(t.db, { ...system, document: doc, source: source('k.xml', doc), commit: true })
    const after = await countTextKinds(t.db)
    expect(after.verbatim - before.verbatim).toBe(10)
    expect(after.importedVerbatim - before.importedVerbatim).toBe(10)
    expect(after.importedVersions - before.importedVersions).toBe(1)
    expect(after.summary).toBe(before.summary)
  })

  it('makes the text searchable at its commit and adds its words to the spelling vocabulary after it', async () => {
    const known = async (word: string) => (await t.db.searchTerm.count({ where: { term: word } })) === 1
    const marker = async () => t.db.appState.count({ where: { key: { startsWith: 'vocabulary:' } } })
    const engine = createEmbeddedEngine(t.db)
    const search = (q: string) => engine.search({ q, filters: {}, sort: 'relevance', page: 1, pageSize: 5 })

    const later = lawDocument({ uri: '/akn/xr/act/2021/9', text: (n) => `Quokkabinding conduct ${n}.` })
    const report = await importLawDocument(t.db, {
      ...system,
      document: later,
      source: source('later.xml', later),
      commit: true,
      vocabulary: 'later',
    })
    expect(report.committed).toBe(true)
    expect((await search('quokkabinding')).total).toBe(3) // searchable at the commit
    expect(await known('quokkabinding')).toBe(false) // not yet offered as a correction
    expect(await marker()).toBe(1)
    expect((await search('quokkabindng')).correctedQuery).toBeUndefined()

    expect(await catchUpVocabulary(t.db)).toBeGreaterThanOrEqual(3)
    expect(await known('quokkabinding')).toBe(true)
    expect(await marker()).toBe(0)
    expect((await search('quokkabindng')).correctedQuery).toBe('quokkabinding')

    // By default the importer collects the words itself before it returns.
    const now = lawDocument({ uri: '/akn/xr/act/2021/10', text: (n) => `Wombatrelay conduct ${n}.` })
    await importLawDocument(t.db, { ...system, document: now, source: source('now.xml', now), commit: true })
    expect(await known('wombatrelay')).toBe(true)
    expect(await marker()).toBe(0)
  })
})
