import type { Dataset } from '@/lib/dataset/read-dataset'
import type { JurisdictionKind, VerificationStatus } from '@/lib/generated/prisma/client'
import { addProblem, type SeedContext } from './context'
import { orNull, toDate, toEnum } from './convert'
import { openTable } from './table'

const ORGANISATIONS = 'prisma/data/organisations.json'
const SUBNATIONAL = 'prisma/data/subnational.json'

/** Organisations (UN, COE, EU …) with their member rows, then sub-national units under their states. */
export async function seedOrganisations(ctx: SeedContext, dataset: Dataset) {
  const jurisdictions = await openTable(ctx, {
    model: 'jurisdiction',
    entity: 'Jurisdiction',
    key: (row) => row.code as string,
    curated: true,
  })
  // A code already taken by a country (seeded first) would silently turn that country into an organisation.
  const organisations = dataset.organisations.filter((organisation) => {
    if (!ctx.refs.jurisdictions.has(organisation.code)) return true
    addProblem(ctx, ORGANISATIONS, organisation.code, 'code is already used by a country; organisation skipped')
    return false
  })
  const organisationRows = organisations.map((organisation) => ({
    id: jurisdictions.idFor(organisation.code),
    code: organisation.code,
    name: organisation.name,
    kind: toEnum<JurisdictionKind>(organisation.kind),
    notes: orNull(organisation.notes),
    curatorNote: orNull(organisation.curatorNote),
    sourceUrl: organisation.sourceUrl,
    verification: toEnum<VerificationStatus>(organisation.verification),
  }))
  await jurisdictions.sync(organisationRows, ORGANISATIONS)
  for (const row of organisationRows) ctx.refs.jurisdictions.set(row.code, row.id)

  const subnationalRows = dataset.subnational.flatMap((unit) => {
    if (ctx.refs.jurisdictions.has(unit.code)) {
      addProblem(ctx, SUBNATIONAL, unit.code, 'code is already used by a country or organisation; unit skipped')
      return []
    }
    const parentId = ctx.refs.jurisdictions.get(unit.parent)
    if (!parentId) {
      addProblem(ctx, SUBNATIONAL, unit.code, `parent jurisdiction "${unit.parent}" not found`)
      return []
    }
    const row = {
      id: jurisdictions.idFor(unit.code),
      code: unit.code,
      name: unit.name,
      kind: 'SUBNATIONAL' as const,
      parentId,
      notes: orNull(unit.notes),
      curatorNote: orNull(unit.curatorNote),
      sourceUrl: orNull(unit.sourceUrl),
    }
    return [row]
  })
  await jurisdictions.sync(subnationalRows, SUBNATIONAL)
  for (const row of subnationalRows) ctx.refs.jurisdictions.set(row.code, row.id)

  const memberships = await openTable(ctx, {
    model: 'membership',
    entity: 'Membership',
    key: (row) => `${row.organisationId}|${row.memberId}`,
    curated: true,
  })
  const membershipRows = organisations.flatMap((organisation) => {
    const organisationId = ctx.refs.jurisdictions.get(organisation.code) as string
    return organisation.members.flatMap((member) => {
      const memberId = ctx.refs.jurisdictions.get(member.code)
      if (!memberId) {
        addProblem(
          ctx,
          ORGANISATIONS,
          `${organisation.code} member ${member.code}`,
          `jurisdiction "${member.code}" not found`,
        )
        return []
      }
      return [
        {
          id: memberships.idFor(`${organisationId}|${memberId}`),
          organisationId,
          memberId,
          joinedOn: toDate(member.joinedOn),
          note: orNull(member.note),
          curatorNote: orNull(member.curatorNote),
          sourceUrl: organisation.sourceUrl,
          verification: toEnum<VerificationStatus>(organisation.verification),
        },
      ]
    })
  })
  await memberships.sync(membershipRows, ORGANISATIONS)
}
