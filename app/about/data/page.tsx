import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { db } from '@/lib/db'
import { findSourceHosts, getDataCoverage, type VerificationCounts } from '@/lib/data/get-data-coverage'
import { jurisdictionHref } from '@/lib/domain/links'
import { countTextKinds } from '@/lib/data/law/count-text-kinds'

export const metadata: Metadata = { title: 'About the data' }

const kinds = [
  { key: 'instruments', label: 'Instruments' },
  { key: 'provisions', label: 'Provisions' },
  { key: 'definitions', label: 'Definitions' },
  { key: 'ageBenchmarks', label: 'Age benchmarks' },
  { key: 'assessments', label: 'Assessments' },
] as const

const referenceSources = [
  {
    name: 'ISO 3166 / UN M49 country codes',
    origin: 'datasets/country-codes (GitHub), from ISO and UNSD',
    licence: 'ODC Public Domain Dedication (PDDL)',
    url: 'https://unstats.un.org/unsd/methodology/m49/',
  },
  {
    name: 'UN treaty status: CRC, OPSC, OPAC, OPIC (to mid-2022, year only)',
    origin:
      'world-politics-datalab/humanrights-treaties-ratification-status, extracted from the UN Treaty Collection; known defects fixed and logged by the importer',
    licence: 'No licence stated; public facts. Primary source: UN Treaty Collection',
    url: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-11&chapter=4&clang=_en',
  },
  {
    name: 'Council of Europe treaty charts (Lanzarote, Budapest, CETS 224)',
    origin: 'Council of Europe Treaty Office',
    licence: 'Public information',
    url: 'https://www.coe.int/en/web/conventions/',
  },
  {
    name: 'Legislation, treaties and official journals',
    origin: 'Each record links to its official source (below)',
    licence: 'Public law; texts quoted for research',
    url: null,
  },
]

function Counts({ counts }: { counts: VerificationCounts }) {
  const total = counts.verified + counts.needsReview
  if (total === 0) return <span className="text-slate-500">—</span>
  return (
    <span className="tabular-nums">
      {total}
      <span className="ml-1 text-xs text-slate-600">
        ({counts.verified} verified, {counts.needsReview} to review)
      </span>
    </span>
  )
}

export default async function AboutDataPage() {
  const [{ jurisdictions, totals, subnational }, hosts, textKinds] = await Promise.all([
    getDataCoverage(db),
    findSourceHosts(db),
    countTextKinds(db),
  ])
  const allProvisions = textKinds.verbatim + textKinds.summary
  const allRecords = kinds.reduce((sum, k) => sum + totals[k.key].verified + totals[k.key].needsReview, 0)
  const allVerified = kinds.reduce((sum, k) => sum + totals[k.key].verified, 0)

  return (
    <div>
      <PageHeader
        title="About the data"
        lead="What LexBridge holds, how sure we are of it, and where it comes from. Every record carries its citation, an official source and a verification flag."
      />

      <section aria-labelledby="how-heading" className="max-w-3xl space-y-3 text-slate-800">
        <h2 id="how-heading" className="text-xl font-semibold">
          How to read a record
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <strong>Verified</strong> means a curator is confident of the content and its citation.{' '}
            <strong>Needs review</strong> means the record is plausible and cited but a curator should check it against
            the official source — often because of a recent amendment, a translation or renumbering.
          </li>
          <li>
            <strong>Verbatim text</strong> quotes the law word for word; <strong>Summary</strong> is LexBridge’s
            accurate paraphrase. Translations are always summaries.
          </li>
          <li>
            Assessments against baseline standards are LexBridge’s own analysis, with a rationale and cited evidence —
            never a finding of ICMEC or any other body.
          </li>
          <li>
            Where we are not sure of a date, a section number or an age, the field is left empty rather than guessed.
          </li>
        </ul>
      </section>

      <Section id="text-kinds" title="Official text versus summary">
        <p className="max-w-3xl text-slate-800">
          Of {allProvisions.toLocaleString('en-GB')} published provisions,{' '}
          <strong>{textKinds.verbatim.toLocaleString('en-GB')}</strong> (
          {allProvisions ? Math.round((textKinds.verbatim / allProvisions) * 100) : 0}%) are the law’s own words
          (verbatim) and <strong>{textKinds.summary.toLocaleString('en-GB')}</strong> are LexBridge summaries.{' '}
          {textKinds.importedVerbatim.toLocaleString('en-GB')} of the verbatim provisions were imported from{' '}
          {textKinds.importedVersions.toLocaleString('en-GB')} official{' '}
          {textKinds.importedVersions === 1 ? 'file' : 'files'} as published (each version says which, when, and its
          SHA-256).
        </p>
      </Section>

      <Section id="totals" title="Totals">
        <p className="mb-3 text-slate-700">
          {allRecords.toLocaleString('en-GB')} published records with a verification flag, of which{' '}
          {allVerified.toLocaleString('en-GB')} ({allRecords ? Math.round((allVerified / allRecords) * 100) : 0}%) are
          verified.
        </p>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {kinds.map((k) => (
            <div key={k.key} className="rounded-lg border border-slate-200 bg-white p-3">
              <dt className="text-sm text-slate-600">{k.label}</dt>
              <dd className="text-xl font-semibold tabular-nums">
                {(totals[k.key].verified + totals[k.key].needsReview).toLocaleString('en-GB')}
              </dd>
              <dd className="text-xs text-slate-700">
                {totals[k.key].verified} verified · {totals[k.key].needsReview} to review
              </dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section
        id="subnational"
        title="Sub-national law"
        count={subnational.length}
        empty="No sub-national unit is recorded yet."
      >
        <p className="mb-3 max-w-3xl text-slate-700">
          US states and the District of Columbia, Australian states and territories, Canadian provinces and territories
          and the UK&apos;s nations: how many units have records, and how many of those records are verified against an
          official text.
        </p>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">
              Published sub-national records per country, with how many are verified
            </caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Country
                </th>
                <th scope="col" className="px-3 py-2">
                  Units with records
                </th>
                {kinds.map((k) => (
                  <th key={k.key} scope="col" className="px-3 py-2">
                    {k.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {subnational.map((row) => (
                <tr key={row.parentCode} className="border-t border-slate-100">
                  <th scope="row" className="px-3 py-2 font-medium">
                    <Link href={jurisdictionHref(row.parentCode)}>{row.parentName}</Link>
                  </th>
                  <td className="px-3 py-2 tabular-nums">
                    {row.withRecords} of {row.units}
                  </td>
                  {kinds.map((k) => (
                    <td key={k.key} className="px-3 py-2">
                      <Counts counts={row[k.key]} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section
        id="coverage"
        title="Coverage by jurisdiction"
        count={jurisdictions.length}
        empty="No law is recorded yet."
      >
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Published records per jurisdiction, with how many are verified</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Jurisdiction
                </th>
                {kinds.map((k) => (
                  <th key={k.key} scope="col" className="px-3 py-2">
                    {k.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {jurisdictions.map((row) => (
                <tr key={row.code} className="border-t border-slate-100">
                  <th scope="row" className="px-3 py-2 font-medium">
                    <Link href={jurisdictionHref(row.code)}>{row.name}</Link>
                  </th>
                  {kinds.map((k) => (
                    <td key={k.key} className="px-3 py-2">
                      <Counts counts={row[k.key]} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section id="sources" title="Sources and licences">
        <ul className="space-y-3">
          {referenceSources.map((source) => (
            <li key={source.name} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
              <p className="font-medium">{source.name}</p>
              <p className="text-slate-700">
                {source.origin}. Licence: {source.licence}.
              </p>
              {source.url && (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.url}
                  <span className="sr-only"> (opens in a new tab)</span>
                </a>
              )}
            </li>
          ))}
        </ul>
        <h3 className="mt-6 font-semibold">Official sources cited, by website</h3>
        {hosts.length === 0 ? (
          <p className="mt-2 text-slate-700">No source is cited yet.</p>
        ) : (
          <ul className="mt-2 columns-1 gap-6 text-sm sm:columns-2 lg:columns-3">
            {hosts.map((h) => (
              <li key={h.host}>
                <span className="font-mono">{h.host}</span> <span className="text-slate-600">({h.records})</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="reuse" title="Reuse the data">
        <p className="max-w-3xl text-slate-800">
          Everything published here can be downloaded in one file,{' '}
          <a href="/api/v1/bulk" download>
            the bulk download (.tar.gz)
          </a>
          : JSON and CSV per record type and a manifest with counts, checksums, the data version and the licence of each
          source. It is rebuilt whenever curators publish. Each record is also readable through the{' '}
          <Link href="/api">public API</Link>, with Atom feeds of changes per jurisdiction, instrument, treaty and
          standard (for example <a href="/feeds/jurisdictions/GB.atom">/feeds/jurisdictions/GB.atom</a>).
        </p>
      </Section>
    </div>
  )
}
