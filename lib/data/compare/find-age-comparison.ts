import type { Db } from '@/lib/db/prisma'
import { checkAgeConsistency, type AgeFacts, type AgeKindCode } from '@/lib/domain/age-consistency'
import { provisionHref } from '@/lib/domain/links'
import { describeBelowNational, nationalSetsAge, summariseBelowNational } from '@/lib/domain/ages/set-below-national'
import { parseConceptFeatures } from '@/lib/schemas/concept-features'
import { published } from '../published'
import { findCompareColumns, publicColumn } from './find-compare-columns'
import { isoDay } from '@/lib/domain/format-partial-date'
import type { AgeBenchmarkSummary, AgeComparison } from '@/lib/domain/compare/compare-views'
import { ageBenchmarkSelect, inForceOn, provisionLinkSelect } from '../shared-selects'

/**
 * Age benchmarks of the chosen jurisdictions (those in force today) by kind, and the
 * age-consistency check of each. Where a kind has several values (regional variations) the
 * check uses the lowest for consent-type ages; the CSAM definition supplies the CSAM age and the
 * self-generated-image exemption when no benchmark does. Three queries.
 */
export async function findAgeComparison(
  client: Db,
  options: { jurisdictions: string[]; today?: Date },
): Promise<AgeComparison> {
  const today = options.today ?? new Date()
  const day = new Date(`${isoDay(today)}T00:00:00Z`)
  const [{ columns, notFound }, kinds] = await Promise.all([
    findCompareColumns(client, { jurisdictions: options.jurisdictions }),
    client.ageBenchmarkKind.findMany({
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      select: { id: true, code: true, name: true, description: true },
    }),
  ])
  const ids = columns.map((c) => c.id)
  const [benchmarks, csamDefinitions, unitAges] = ids.length
    ? await Promise.all([
        client.ageBenchmark.findMany({
          where: {
            ...published,
            jurisdictionId: { in: ids },
            AND: inForceOn(day),
          },
          orderBy: [{ age: 'asc' }],
          select: {
            ...ageBenchmarkSelect,
            jurisdictionId: true,
            kind: { select: { code: true } },
            provision: { select: { ...provisionLinkSelect, publicationState: true, deletedAt: true } },
          },
        }),
        client.definition.findMany({
          where: { ...published, jurisdictionId: { in: ids }, concept: { slug: 'csam' } },
          select: { jurisdictionId: true, features: true },
        }),
        client.ageBenchmark.findMany({
          where: {
            ...published,
            age: { not: null },
            jurisdiction: { ...published, parentId: { in: ids } },
            AND: inForceOn(day),
          },
          select: {
            age: true,
            jurisdictionId: true,
            kind: { select: { code: true } },
            jurisdiction: { select: { parentId: true } },
          },
        }),
      ])
    : [[], [], []]

  return {
    asOf: isoDay(today)!,
    kinds: kinds.map(({ id: _id, ...kind }) => kind),
    notFound,
    jurisdictions: columns.map((column) => {
      const mine = benchmarks.filter((b) => b.jurisdictionId === column.id)
      const byKind: Record<string, AgeBenchmarkSummary[]> = {}
      for (const b of mine) {
        const linkable = b.provision && b.provision.publicationState === 'PUBLISHED' && !b.provision.deletedAt
        byKind[b.kind.code] = [
          ...(byKind[b.kind.code] ?? []),
          {
            id: b.id,
            age: b.age,
            conditions: b.conditions,
            citation: b.citation,
            href: linkable ? provisionHref(b.provision!.instrumentVersion.instrument.uri, b.provision!.eId) : null,
            sourceUrl: b.sourceUrl,
            verification: b.verification,
            validFrom: isoDay(b.validFrom),
          },
        ]
      }
      const belowNational: AgeComparison['jurisdictions'][number]['belowNational'] = {}
      for (const kind of kinds) {
        if (nationalSetsAge((byKind[kind.code] ?? []).map((b) => b.age))) continue
        const units = unitAges.filter((u) => u.kind.code === kind.code && u.jurisdiction.parentId === column.id)
        const range = summariseBelowNational(
          units.map((u) => ({ parentId: u.jurisdiction.parentId, jurisdictionId: u.jurisdictionId, age: u.age })),
        ).get(column.id)
        if (range) belowNational[kind.code] = { ...range, text: describeBelowNational(range) }
      }
      return {
        column: publicColumn(column),
        benchmarks: byKind,
        belowNational,
        findings: checkAgeConsistency(
          ageFacts(
            byKind,
            csamDefinitions.filter((d) => d.jurisdictionId === column.id).map((d) => d.features),
          ),
        ),
      }
    }),
  }
}

/** Benchmarks and CSAM definition features → the facts the consistency rules read. */
function ageFacts(byKind: Record<string, { age: number | null }[]>, csamFeatures: unknown[]): AgeFacts {
  const ages: AgeFacts['ages'] = {}
  for (const [code, list] of Object.entries(byKind)) {
    const numbers = list.map((b) => b.age).filter((age): age is number => age !== null)
    ages[code as AgeKindCode] = numbers.length ? Math.min(...numbers) : null
  }
  const features = csamFeatures
    .map((f) => parseConceptFeatures('csam', f))
    .flatMap((r) => (r.success ? [r.data as { ageLimit: number | null; selfGeneratedExemption: boolean | null }] : []))
  const limits = features.map((f) => f.ageLimit).filter((age): age is number => age !== null)
  const exemptions = features.map((f) => f.selfGeneratedExemption)
  return {
    ages,
    csamDefinitionAgeLimit: limits.length ? Math.max(...limits) : null,
    selfGeneratedExemption: exemptions.includes(true) ? true : exemptions.includes(false) ? false : null,
  }
}
