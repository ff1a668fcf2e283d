import 'server-only'
import type { Db } from '@/lib/db/prisma'
import type { Prisma } from '@/lib/generated/prisma/client'
import { published } from './published'
import { instrumentDescriptionSelect } from '@/lib/data/shared-selects'

const instrumentSelect = {
  ...instrumentDescriptionSelect,
  id: true,
  officialTextUrl: true,
  updatedAt: true,
  jurisdiction: { select: { code: true, name: true, kind: true } },
  versions: {
    where: published,
    orderBy: [{ validFrom: 'desc' }, { asAt: 'desc' }],
    select: {
      id: true,
      instrumentId: true,
      expressionUri: true,
      language: true,
      asAt: true,
      validFrom: true,
      validTo: true,
      sourceUrl: true,
      note: true,
      verification: true,
      sourceFormat: true,
      retrievedAt: true,
      importedAt: true,
      sourceSha256: true,
    },
  },
} satisfies Prisma.InstrumentSelect

/** An instrument by its id or its FRBR work URI (/akn/…), published only. */
export async function getInstrument(db: Db, { idOrUri }: { idOrUri: string }) {
  const where = idOrUri.startsWith('/akn/') ? { uri: idOrUri } : { id: idOrUri }
  return db.instrument.findFirst({ where: { ...published, ...where }, select: instrumentSelect })
}

/** The provisions of one instrument version in document order (flat; build the tree with buildProvisionTree). */
export async function findVersionProvisions(db: Db, { versionId }: { versionId: string }) {
  return db.provision.findMany({
    where: { ...published, versionId },
    orderBy: [{ sortOrder: 'asc' }],
    select: {
      id: true,
      eId: true,
      parentId: true,
      num: true,
      heading: true,
      text: true,
      textKind: true,
      citation: true,
      sourceUrl: true,
      refs: true,
      annotations: true,
      verification: true,
      topics: { select: { topic: { select: { slug: true, name: true } } } },
    },
  })
}

type InstrumentDetail = NonNullable<Awaited<ReturnType<typeof getInstrument>>>
export type VersionProvision = Awaited<ReturnType<typeof findVersionProvisions>>[number]
