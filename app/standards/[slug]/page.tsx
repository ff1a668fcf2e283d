import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { CrosswalkPanel } from '@/components/crosswalk-panel'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { SourceLink } from '@/components/ui/source-link'
import { VerificationBadge } from '@/components/ui/verification-badge'
import { db } from '@/lib/db'
import { findCrosswalks } from '@/lib/data/drafts/find-crosswalks'
import { getStandard } from '@/lib/data/gaps/get-standard'
import { derivationRuleLabels } from '@/lib/domain/gaps/derivation'
import { gapsHref } from '@/lib/domain/gaps/gap-url'
import { instrumentHref, provisionHref, treatyHref } from '@/lib/domain/links'
import { slugSchema } from '@/lib/schemas/common'

type Props = { params: Promise<{ slug: string }> }

async function load(params: Props['params']) {
  const parsed = slugSchema.safeParse((await params).slug)
  if (!parsed.success) notFound()
  const standard = await getStandard(db, { slug: parsed.data })
  if (!standard) notFound()
  return standard
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = slugSchema.safeParse((await params).slug)
  return { title: parsed.success ? `Standard ${parsed.data}` : 'Standard' }
}

export default async function StandardPage({ params }: Props) {
  const s = await load(params)
  const crosswalks = await findCrosswalks(db, { criterionIds: s.criteria.map((c) => c.id) })
  const treaty =
    s.instrument && (s.instrument.kind === 'TREATY' || s.instrument.kind === 'PROTOCOL') ? s.instrument : null
  return (
    <div>
      <PageHeader
        title={s.name}
        crumbs={[{ href: '/standards', label: 'Standards' }]}
        lead={s.description ?? undefined}
      >
        <p className="mt-3 flex flex-wrap items-center gap-3 text-sm [&_a]:underline">
          <span>
            {s.issuer}
            {s.edition && ` · ${s.edition}`}
          </span>
          <VerificationBadge status={s.verification} />
          {s.sourceUrl && <SourceLink href={s.sourceUrl} />}
          {s.instrument && (
            <Link href={treaty ? treatyHref(s.instrument.uri) : instrumentHref(s.instrument.uri)}>
              {treaty ? 'Treaty status' : (s.instrument.shortTitle ?? s.instrument.title)}
            </Link>
          )}
          <Link
            href={gapsHref({ standard: s.slug })}
            className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white no-underline hover:bg-brand-800"
          >
            Open the gap matrix
          </Link>
        </p>
      </PageHeader>
      <Section id="criteria" title="Criteria" count={s.criteria.length} empty="This standard has no criteria yet.">
        <ol className="space-y-4">
          {s.criteria.map((c) => (
            <li key={c.id} id={`criterion-${c.code}`} className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="font-semibold">
                <span className="font-mono">{c.code}</span> — {c.title}
              </h3>
              <p className="mt-1 text-sm">{c.text}</p>
              <p className="mt-2 text-sm text-slate-700 [&_a]:underline">
                {c.scoring === 'SCORE' ? `Scored 0–${c.maxScore ?? '?'}` : 'Met / not met'}
                {c.sufficiencyGroup && ` · part of “${c.sufficiencyGroup}”`}
                {' · '}
                {c.sourceProvision ? (
                  <Link href={provisionHref(c.sourceProvision.instrumentVersion.instrument.uri, c.sourceProvision.eId)}>
                    {c.articleRef ?? c.sourceProvision.citation}
                  </Link>
                ) : (
                  (c.articleRef ?? 'article not recorded')
                )}
              </p>
              {c.elements.length > 0 && (
                <table className="stack-on-phone mt-3 w-full text-left text-sm">
                  <caption className="sr-only">Elements of criterion {c.code}</caption>
                  <thead className="bg-slate-100">
                    <tr>
                      <th scope="col" className="px-2 py-1">
                        Element
                      </th>
                      <th scope="col" className="px-2 py-1">
                        What the law must do
                      </th>
                      <th scope="col" className="px-2 py-1">
                        Article
                      </th>
                      <th scope="col" className="px-2 py-1">
                        Reservable under
                      </th>
                      <th scope="col" className="px-2 py-1">
                        Derived
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.elements.map((e) => (
                      <tr key={e.id} className="border-t border-slate-100 align-top">
                        <th scope="row" className="px-2 py-1 font-mono font-medium">
                          {e.code}
                        </th>
                        <td data-label="What the law must do" className="px-2 py-1">
                          {e.text}
                        </td>
                        <td data-label="Article" className="px-2 py-1">
                          {e.articleRef ?? '—'}
                        </td>
                        <td data-label="Reservable under" className="px-2 py-1">
                          {e.reservableArticle ? `art. ${e.reservableArticle}` : '—'}
                        </td>
                        <td data-label="Derived" className="px-2 py-1">
                          {e.derivationRule
                            ? (derivationRuleLabels[e.derivationRule] ?? `Unknown rule “${e.derivationRule}”`)
                            : '—'}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <CrosswalkPanel
                crosswalks={crosswalks.filter((cw) => cw.entries.some((e) => e.criterionId === c.id))}
                self={{ criterionId: c.id }}
              />
            </li>
          ))}
        </ol>
      </Section>
    </div>
  )
}
