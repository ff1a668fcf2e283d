import type { Metadata } from 'next'
import Link from 'next/link'
import { UsStateMap } from '@/components/us-state-map'
import { WorldMap, type MapValue } from '@/components/world-map'
import { PageHeader } from '@/components/ui/page-header'
import { SourceLink } from '@/components/ui/source-link'
import { VerificationBadge } from '@/components/ui/verification-badge'
import { db } from '@/lib/db'
import { findAgeBenchmarkKinds, findAgeBenchmarks } from '@/lib/data/ages/find-age-benchmarks'
import { ageBand, ageBands, lowestAge, sortAgeRows } from '@/lib/domain/ages/age-bins'
import { describeBelowNational, nationalSetsAge, summariseBelowNational } from '@/lib/domain/ages/set-below-national'
import { todayUtc } from '@/lib/domain/gaps/validity-at'
import { isoDay } from '@/lib/domain/format-partial-date'
import { getWorldShapes } from '@/lib/domain/world-shapes'
import { compareAgesHref, jurisdictionHref, provisionHref } from '@/lib/domain/links'
import { agePageParamsSchema } from '@/lib/schemas/ages'
import { firstValues } from '@/lib/schemas/browse'

export const metadata: Metadata = { title: 'Ages' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const agesHref = (kind: string, sort?: string) => `/ages?kind=${kind}${sort && sort !== 'name' ? `&sort=${sort}` : ''}`

export default async function AgesPage({ searchParams }: Props) {
  const params = agePageParamsSchema.parse(firstValues(await searchParams))
  const kinds = await findAgeBenchmarkKinds(db)
  const kind = kinds.find((k) => k.code === params.kind) ?? kinds.find((k) => k._count.benchmarks > 0) ?? kinds[0]
  const today = todayUtc()
  const benchmarks = kind ? await findAgeBenchmarks(db, { kindCode: kind.code, date: today }) : []
  const rows = sortAgeRows(benchmarks, params.sort)

  const byState = new Map<string, number | null>()
  const names = new Map<string, string>()
  for (const b of benchmarks) {
    if ((b.jurisdiction.kind !== 'STATE' && b.jurisdiction.kind !== 'TERRITORY') || !b.jurisdiction.m49Code) continue
    const m49 = b.jurisdiction.m49Code
    byState.set(m49, byState.has(m49) ? lowestAge([byState.get(m49) ?? null, b.age]) : b.age)
    names.set(m49, b.jurisdiction.name)
  }
  const mapValue = (age: number | null): MapValue => ({
    category: ageBand(age),
    label: age === null ? 'no age set in law' : `${age}`,
  })
  const values = new Map<string, MapValue>([...byState].map(([m49, age]) => [m49, mapValue(age)]))
  // Federations: a nation with no age of its own whose states or provinces set one is "varies", never "no law".
  const below = summariseBelowNational(
    benchmarks.map((b) => ({ parentId: b.jurisdiction.parentId, jurisdictionId: b.jurisdiction.id, age: b.age })),
  )
  const nations = new Map(
    benchmarks.flatMap((b) =>
      b.jurisdiction.parent ? [[b.jurisdiction.parent.id, b.jurisdiction.parent] as const] : [],
    ),
  )
  const nationalAges = (id: string) => benchmarks.filter((b) => b.jurisdiction.id === id).map((b) => b.age)
  const federal = [...below]
    .filter(([id]) => !nationalSetsAge(nationalAges(id)))
    .map(([id, range]) => ({
      nation: nations.get(id)!,
      range,
      units: benchmarks.filter((b) => b.jurisdiction.parentId === id),
    }))
  for (const f of federal) {
    if (!f.nation.m49Code) continue
    values.set(f.nation.m49Code, { category: 'varies', label: describeBelowNational(f.range).toLowerCase() })
    names.set(f.nation.m49Code, f.nation.name)
    byState.set(f.nation.m49Code, null)
  }
  const federalOf = new Map(federal.map((f) => [f.nation.id, f]))
  // US states and DC (ISO 3166-2 US-XX) on their own map, lowest age per state as on the world map.
  const byUsState = new Map<string, number | null>()
  for (const b of benchmarks) {
    if (!/^US-[A-Z]{2}$/.test(b.jurisdiction.code)) continue
    const code = b.jurisdiction.code
    byUsState.set(code, byUsState.has(code) ? lowestAge([byUsState.get(code) ?? null, b.age]) : b.age)
  }
  const usValues = new Map<string, MapValue>([...byUsState].map(([code, age]) => [code, mapValue(age)]))
  const categories = ageBands.map((b) => ({ key: b.key, label: b.label, fill: b.fill, ink: b.ink, pattern: b.pattern }))
  const drawn = new Set(getWorldShapes().shapes.map((s) => s.id))
  const hidden = [...byState.keys()].filter((m49) => !drawn.has(m49)).map((m49) => names.get(m49))
  const sortLink = (key: 'name' | 'age') => {
    const next = key === 'name' ? 'name' : params.sort === 'age' ? '-age' : 'age'
    return agesHref(kind.code, next)
  }
  const ariaSort = (key: 'name' | 'age') =>
    key === 'name'
      ? params.sort === 'name'
        ? 'ascending'
        : undefined
      : params.sort === 'age'
        ? 'ascending'
        : params.sort === '-age'
          ? 'descending'
          : undefined

  return (
    <div>
      <PageHeader
        title="Ages"
        lead="The ages the law sets — majority, sexual consent, digital consent, criminal responsibility, the CSAM age limit, marriage — on a map and in a table, with conditions and citations."
      />
      {!kind ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4">
          No age benchmark kind is recorded yet.
        </p>
      ) : (
        <>
          <nav aria-label="Benchmark kinds" className="no-print">
            <ul className="flex flex-wrap gap-2 text-sm">
              {kinds.map((k) => (
                <li key={k.code}>
                  <Link
                    href={agesHref(k.code, params.sort)}
                    aria-current={k.code === kind.code ? 'page' : undefined}
                    className={`inline-block rounded-md border px-3 py-1.5 ${k.code === kind.code ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white'}`}
                  >
                    {k.name} ({k._count.benchmarks})
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <h2 className="mt-6 text-xl font-semibold">{kind.name}</h2>
          {kind.description && <p className="mt-1 max-w-3xl text-slate-700">{kind.description}</p>}
          <div className={`mt-4 grid gap-4 ${usValues.size ? 'xl:grid-cols-2' : ''}`}>
            <WorldMap
              title={`${kind.name}, in force on ${isoDay(today)}`}
              description={`Choropleth of ${values.size} states by age band. The table below gives the same data with conditions and citations.`}
              categories={categories}
              values={values}
              note={[
                'Where a state has several ages of this kind (e.g. by offence), the map shows the lowest.',
                hidden.length ? `Too small to show at this scale: ${hidden.join(', ')}.` : '',
              ].join(' ')}
            />
            {usValues.size > 0 && (
              <UsStateMap
                title={`${kind.name} in the US states and DC, in force on ${isoDay(today)}`}
                description={`Choropleth of ${usValues.size} of the 50 states and the District of Columbia by age band. The table below gives the same data with conditions and citations.`}
                categories={categories}
                values={usValues}
                note="Set by each state. Where a state has several ages of this kind, the map shows the lowest; a state without a record shows as no data recorded."
              />
            )}
          </div>
          {rows.length === 0 ? (
            <p className="mt-4 rounded-md border border-dashed border-slate-300 bg-white p-4">
              No {kind.name.toLowerCase()} is recorded yet.
            </p>
          ) : (
            <div className="relative mt-4 overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="stack-on-phone w-full text-left text-sm">
                <caption className="px-3 py-2 text-left text-slate-700">
                  {rows.length} benchmarks in force on {isoDay(today)}. Select a column heading to sort.
                </caption>
                <thead className="bg-slate-100">
                  <tr>
                    <th scope="col" className="px-3 py-2" aria-sort={ariaSort('name')}>
                      <Link href={sortLink('name')}>
                        Jurisdiction{params.sort === 'name' && <span aria-hidden="true"> ▲</span>}
                      </Link>
                    </th>
                    <th scope="col" className="px-3 py-2" aria-sort={ariaSort('age')}>
                      <Link href={sortLink('age')}>
                        Age{params.sort === 'age' && <span aria-hidden="true"> ▲</span>}
                        {params.sort === '-age' && <span aria-hidden="true"> ▼</span>}
                      </Link>
                    </th>
                    <th scope="col" className="px-3 py-2">
                      Conditions
                    </th>
                    <th scope="col" className="px-3 py-2">
                      Citation
                    </th>
                    <th scope="col" className="px-3 py-2">
                      Consistency
                    </th>
                  </tr>
                </thead>
                <tbody className="[&_a]:underline">
                  {rows.map((b) => (
                    <tr key={b.id} className="border-t border-slate-100 align-top">
                      <th scope="row" className="px-3 py-2 font-medium">
                        <Link href={jurisdictionHref(b.jurisdiction.code)}>{b.jurisdiction.name}</Link>
                      </th>
                      <td data-label="Age" className="px-3 py-2 text-lg font-semibold tabular-nums">
                        {b.age ??
                          (federalOf.has(b.jurisdiction.id) ? (
                            <a href={`#below-${b.jurisdiction.code}`} className="text-sm font-normal">
                              {describeBelowNational(federalOf.get(b.jurisdiction.id)!.range)}
                            </a>
                          ) : (
                            <span className="text-sm font-normal">none set</span>
                          ))}
                      </td>
                      <td data-label="Conditions" className="px-3 py-2">
                        {b.conditions ?? '—'}
                      </td>
                      <td data-label="Citation" className="px-3 py-2">
                        {b.provision ? (
                          <Link href={provisionHref(b.provision.instrumentVersion.instrument.uri, b.provision.eId)}>
                            {b.citation}
                          </Link>
                        ) : (
                          b.citation
                        )}
                        {b.sourceUrl && (
                          <>
                            {' '}
                            · <SourceLink href={b.sourceUrl} />
                          </>
                        )}
                        <span className="mt-1 block">
                          <VerificationBadge status={b.verification} />
                          {b.lastVerifiedOn && (
                            <span className="ml-2 text-xs text-slate-700">checked {isoDay(b.lastVerifiedOn)}</span>
                          )}
                        </span>
                      </td>
                      <td className="px-3 py-2">
                        <Link href={compareAgesHref(b.jurisdiction.code)}>
                          Age consistency<span className="sr-only"> of {b.jurisdiction.name}</span>
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {federal.map((f) => (
            <section
              key={f.nation.code}
              id={`below-${f.nation.code}`}
              aria-labelledby={`below-${f.nation.code}-heading`}
              className="mt-6"
            >
              <h3 id={`below-${f.nation.code}-heading`} className="text-lg font-semibold">
                {f.nation.name}: {describeBelowNational(f.range).replace(/^Set/, 'set')}
              </h3>
              <table className="stack-on-phone mt-2 w-full max-w-3xl text-left text-sm">
                <caption className="sr-only">
                  {kind.name} in each state or province of {f.nation.name}
                </caption>
                <thead className="bg-slate-100">
                  <tr>
                    <th scope="col" className="px-3 py-2">
                      State or province
                    </th>
                    <th scope="col" className="px-3 py-2">
                      Age
                    </th>
                    <th scope="col" className="px-3 py-2">
                      Citation
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {f.units.map((u) => (
                    <tr key={u.id} className="border-t border-slate-100">
                      <th scope="row" className="px-3 py-2 font-medium">
                        <Link href={jurisdictionHref(u.jurisdiction.code)}>{u.jurisdiction.name}</Link>
                      </th>
                      <td data-label="Age" className="px-3 py-2 tabular-nums">
                        {u.age ?? 'none set'}
                      </td>
                      <td data-label="Citation" className="px-3 py-2">
                        {u.citation}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </>
      )}
    </div>
  )
}
