import 'server-only'
import type { Db } from '@/lib/db/prisma'
import { published } from './published'
import { ageBenchmarkSelect, instrumentHeaderSelect, provisionLinkSelect } from './shared-selects'

/** Everything the profile page shows about one jurisdiction, published records only. */
export async function getJurisdictionProfile(db: Db, { code }: { code: string }) {
  return db.jurisdiction.findFirst({
    where: { ...published, code },
    select: {
      id: true,
      code: true,
      name: true,
      officialName: true,
      kind: true,
      regionName: true,
      subregionName: true,
      notes: true,
      sourceUrl: true,
      verification: true,
      parent: { select: { code: true, name: true } },
      sovereignRelation: true,
      sovereign: { select: { code: true, name: true } },
      territories: {
        where: published,
        orderBy: { name: 'asc' },
        select: { code: true, name: true, sovereignRelation: true },
      },
      children: { where: published, select: { code: true, name: true }, orderBy: { name: 'asc' } },
      memberships: {
        select: { organisation: { select: { code: true, name: true } }, joinedOn: true },
        orderBy: { organisation: { name: 'asc' } },
      },
      members: {
        select: { member: { select: { code: true, name: true } }, joinedOn: true },
        orderBy: { member: { name: 'asc' } },
      },
      instruments: {
        where: published,
        orderBy: [{ kind: 'asc' }, { title: 'asc' }],
        select: {
          id: true,
          uri: true,
          kind: true,
          title: true,
          shortTitle: true,
          officialCitation: true,
          officialUrl: true,
          inForceOn: true,
          status: true,
          verification: true,
        },
      },
      definitions: {
        where: published,
        orderBy: [{ concept: { sortOrder: 'asc' } }, { term: 'asc' }],
        select: {
          id: true,
          term: true,
          text: true,
          textKind: true,
          citation: true,
          sourceUrl: true,
          verification: true,
          concept: { select: { slug: true, name: true } },
          provision: {
            select: provisionLinkSelect,
          },
        },
      },
      ageBenchmarks: {
        where: published,
        orderBy: { kind: { sortOrder: 'asc' } },
        select: {
          ...ageBenchmarkSelect,
          validTo: true,
          lastVerifiedOn: true,
          kind: { select: { code: true, name: true } },
        },
      },
      treatyActions: {
        where: published,
        orderBy: [{ treaty: { title: 'asc' } }, { actionDate: 'asc' }],
        select: {
          id: true,
          action: true,
          actionDate: true,
          datePrecision: true,
          note: true,
          sourceUrl: true,
          verification: true,
          treaty: { select: instrumentHeaderSelect },
        },
      },
      reservations: {
        where: published,
        orderBy: [{ treaty: { title: 'asc' } }],
        select: {
          id: true,
          kind: true,
          articles: true,
          text: true,
          madeOn: true,
          withdrawnOn: true,
          sourceUrl: true,
          verification: true,
          treaty: { select: instrumentHeaderSelect },
        },
      },
    },
  })
}

type JurisdictionProfile = NonNullable<Awaited<ReturnType<typeof getJurisdictionProfile>>>
