import type { Db } from '@/lib/db/prisma'
import type { PickerGroup } from '@/lib/domain/picker-options'
import { published } from '../published'

/**
 * The organisations with members today (joined on or before today, or undated; not left) and the
 * UN M49 regions and sub-regions the jurisdictions carry, each with its members' codes.
 */
async function findJurisdictionGroups(client: Db, options: { today?: Date } = {}): Promise<PickerGroup[]> {
  const today = options.today ?? new Date()
  const [organisations, jurisdictions] = await Promise.all([
    client.jurisdiction.findMany({
      where: { ...published, members: { some: {} } },
      orderBy: { name: 'asc' },
      select: {
        code: true,
        name: true,
        members: {
          where: {
            member: published,
            AND: [
              { OR: [{ joinedOn: null }, { joinedOn: { lte: today } }] },
              { OR: [{ leftOn: null }, { leftOn: { gt: today } }] },
            ],
          },
          select: { member: { select: { code: true } } },
        },
      },
    }),
    client.jurisdiction.findMany({
      where: { ...published, OR: [{ regionCode: { not: null } }, { subregionCode: { not: null } }] },
      orderBy: { name: 'asc' },
      select: { code: true, regionCode: true, regionName: true, subregionCode: true, subregionName: true },
    }),
  ])
  const regions = new Map<string, PickerGroup>()
  const add = (code: string | null, name: string | null, member: string) => {
    if (!code) return
    const group = regions.get(code) ?? { key: `m49:${code}`, kind: 'region' as const, label: name ?? code, codes: [] }
    group.codes.push(member)
    regions.set(code, group)
  }
  for (const j of jurisdictions) {
    add(j.regionCode, j.regionName, j.code)
    add(j.subregionCode, j.subregionName, j.code)
  }
  return [
    ...organisations
      .filter((o) => o.members.length > 0)
      .map((o) => ({
        key: `org:${o.code}`,
        kind: 'organisation' as const,
        label: o.name,
        codes: o.members.map((m) => m.member.code).sort(),
      })),
    ...[...regions.values()].sort((a, b) => a.label.localeCompare(b.label)),
  ]
}

/**
 * What a jurisdiction picker offers: published states, territories, sub-national units and
 * regional organisations (with whether any law is recorded), and the groups it adds in one action.
 */
export async function findJurisdictionPicker(client: Db, options: { today?: Date } = {}) {
  const [jurisdictions, groups] = await Promise.all([
    client.jurisdiction.findMany({
      where: { ...published, kind: { in: ['STATE', 'TERRITORY', 'SUBNATIONAL', 'REGIONAL_ORGANISATION'] } },
      orderBy: [{ name: 'asc' }],
      select: {
        code: true,
        name: true,
        kind: true,
        regionName: true,
        _count: {
          select: {
            instruments: { where: published },
            definitions: { where: published },
            ageBenchmarks: { where: published },
          },
        },
      },
    }),
    findJurisdictionGroups(client, options),
  ])
  return {
    jurisdictions: jurisdictions.map(({ _count, ...j }) => ({
      ...j,
      hasData: _count.instruments + _count.definitions + _count.ageBenchmarks > 0,
    })),
    groups,
  }
}
