import type { Dataset } from '@/lib/dataset/read-dataset'
import type { DataInstrument } from '@/lib/schemas/dataset'
import type { InstrumentKind, InstrumentStatus, TextKind, VerificationStatus } from '@/lib/generated/prisma/client'
import { addProblem, type SeedContext } from './context'
import { orNull, toDate, toEnum } from './convert'
import { flattenProvisions } from '@/lib/dataset/flatten-provisions'
import { seedProvisionTopics } from './seed-provision-topics'
import { openTable, type SeedRow } from './table'

/** The expression URI of the one version each data file describes. */
function expressionUriOf(instrument: DataInstrument) {
  return `${instrument.uri}/${instrument.language}@${instrument.version?.asAt ?? 'current'}`
}

/**
 * Instruments from instruments/*.json and jurisdictions/*.json: the work, its one version
 * (expression) and the provision tree. Fills refs.instruments and refs.provisions ("uri#eId").
 */
export async function seedInstruments(ctx: SeedContext, dataset: Dataset) {
  const sources = [
    ...dataset.instruments.map(({ file, data }) => ({ file, data })),
    ...dataset.jurisdictions.flatMap(({ file, data }) =>
      data.instruments.map((instrument) => ({ file, data: instrument })),
    ),
  ]
  const instruments = await openTable(ctx, {
    model: 'instrument',
    entity: 'Instrument',
    key: (row) => row.uri as string,
    curated: true,
  })
  const versions = await openTable(ctx, {
    model: 'instrumentVersion',
    entity: 'InstrumentVersion',
    key: (row) => row.expressionUri as string,
    curated: true,
  })
  const provisions = await openTable(ctx, {
    model: 'provision',
    entity: 'Provision',
    key: (row) => `${row.versionId}|${row.eId}`,
    curated: true,
  })
  const rows = { instruments: [] as SeedRow[], versions: [] as SeedRow[], provisions: [] as SeedRow[] }
  const topicLinks: { provisionId: string; topics: string[]; file: string; record: string }[] = []
  // A treaty file's depositary status page and date belong to the treaty; set only when the file gives them,
  // so a re-seed does not wipe a date a later import recorded.
  const status = new Map(
    dataset.treaties
      .filter(({ data }) => data.statusAsOf || data.statusSourceUrl)
      .map(({ data }) => [data.treaty, data]),
  )

  for (const { file, data } of sources) {
    const jurisdictionId = ctx.refs.jurisdictions.get(data.jurisdiction)
    if (!jurisdictionId) {
      addProblem(ctx, file, data.uri, `jurisdiction "${data.jurisdiction}" not found; instrument skipped`)
      continue
    }
    if (ctx.refs.instruments.has(data.uri)) {
      addProblem(ctx, file, data.uri, 'instrument URI already defined in another file; skipped')
      continue
    }
    const instrumentId = instruments.idFor(data.uri)
    ctx.refs.instruments.set(data.uri, instrumentId)
    const verification = toEnum<VerificationStatus>(data.verification)
    rows.instruments.push({
      id: instrumentId,
      uri: data.uri,
      jurisdictionId,
      kind: toEnum<InstrumentKind>(data.kind),
      title: data.title,
      shortTitle: orNull(data.shortTitle),
      officialCitation: orNull(data.officialCitation),
      officialUrl: data.officialUrl,
      officialTextUrl: orNull(data.officialTextUrl),
      adoptedOn: toDate(data.adoptedOn),
      inForceOn: toDate(data.inForceOn),
      repealedOn: toDate(data.repealedOn),
      status: toEnum<InstrumentStatus>(data.status),
      summary: orNull(data.summary),
      curatorNote: orNull(data.curatorNote),
      language: data.language,
      verification,
      ...(status.has(data.uri)
        ? {
            statusAsOf: toDate(status.get(data.uri)!.statusAsOf),
            statusSourceUrl: orNull(status.get(data.uri)!.statusSourceUrl),
          }
        : {}),
    })
    const expressionUri = expressionUriOf(data)
    const versionId = versions.idFor(expressionUri)
    rows.versions.push({
      id: versionId,
      instrumentId,
      expressionUri,
      language: data.language,
      asAt: toDate(data.version?.asAt),
      validFrom: toDate(data.version?.validFrom),
      validTo: toDate(data.version?.validTo),
      title: data.title,
      sourceUrl: data.version?.sourceUrl ?? data.officialUrl,
      note: orNull(data.version?.note),
      curatorNote: orNull(data.version?.curatorNote),
      verification,
    })
    const { flat, duplicates } = flattenProvisions(data.provisions)
    for (const eId of duplicates)
      addProblem(
        ctx,
        file,
        `${data.uri}#${eId}`,
        'duplicate eId in this instrument; the repeat (and its children) skipped',
      )
    for (const { node, parentEId, sortOrder } of flat) {
      const id = provisions.idFor(`${versionId}|${node.eId}`)
      ctx.refs.provisions.set(`${data.uri}#${node.eId}`, id)
      rows.provisions.push({
        id,
        versionId,
        eId: node.eId,
        parentId: parentEId ? provisions.idFor(`${versionId}|${parentEId}`) : null,
        num: orNull(node.num),
        heading: orNull(node.heading),
        text: node.text,
        textKind: toEnum<TextKind>(node.textKind),
        curatorNote: orNull(node.curatorNote),
        sortOrder,
        citation: node.citation,
        sourceUrl: orNull(node.sourceUrl),
        verification: toEnum<VerificationStatus>(node.verification),
      })
      if (node.topics?.length)
        topicLinks.push({ provisionId: id, topics: node.topics, file, record: `${data.uri}#${node.eId}` })
    }
  }
  await instruments.sync(rows.instruments, 'prisma/data (instruments)')
  await versions.sync(rows.versions, 'prisma/data (instruments)')
  await provisions.sync(rows.provisions, 'prisma/data (instruments)')
  await seedProvisionTopics(ctx, topicLinks)
}
