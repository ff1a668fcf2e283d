import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/ui/page-header'
import { db } from '@/lib/db'
import { findTreaties } from '@/lib/data/treaties/find-treaties'
import { todayUtc } from '@/lib/domain/gaps/validity-at'
import { isoDay } from '@/lib/domain/format-partial-date'
import { formatLegalDate } from '@/lib/domain/labels'
import { instrumentKindLabels } from '@/lib/schemas/enum-labels'
import { treatyHref } from '@/lib/domain/links'

export const metadata: Metadata = { title: 'Treaties' }

export default async function TreatiesPage() {
  const today = todayUtc()
  const treaties = await findTreaties(db, { date: today })
  return (
    <div>
      <PageHeader
        title="Treaties"
        lead="Signatures, ratifications, accessions, reservations and declarations for the treaties that protect children online, each with its source and the date it was last verified."
      />
      {treaties.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4">No treaty is recorded yet.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="px-3 py-2 text-left text-slate-700">
              Counts as of {isoDay(today)}. “Parties” have ratified, acceded, accepted, approved or succeeded;
              “signatories” have signed only.
            </caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Treaty
                </th>
                <th scope="col" className="px-3 py-2">
                  Parties
                </th>
                <th scope="col" className="px-3 py-2">
                  Signatories
                </th>
                <th scope="col" className="px-3 py-2">
                  Reservations and declarations
                </th>
                <th scope="col" className="px-3 py-2">
                  In force
                </th>
                <th scope="col" className="px-3 py-2">
                  Last verified
                </th>
              </tr>
            </thead>
            <tbody className="[&_a]:underline">
              {treaties.map((t) => (
                <tr key={t.id} className="border-t border-slate-100 align-top">
                  <th scope="row" className="px-3 py-2 font-medium">
                    <Link href={treatyHref(t.uri)}>{t.shortTitle ?? t.title}</Link>
                    <span className="block text-xs font-normal text-slate-700">
                      {instrumentKindLabels[t.kind]} · {t.jurisdiction.name}
                    </span>
                  </th>
                  <td className="px-3 py-2 tabular-nums">{t.counts.party}</td>
                  <td className="px-3 py-2 tabular-nums">{t.counts.signatory}</td>
                  <td className="px-3 py-2 tabular-nums">{t.reservationCount}</td>
                  <td className="px-3 py-2">{t.inForceOn ? formatLegalDate(t.inForceOn) : 'Not in force'}</td>
                  <td className="px-3 py-2">{t.lastVerifiedOn ? formatLegalDate(t.lastVerifiedOn) : 'not recorded'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
