import type { Metadata } from 'next'
import Link from 'next/link'
import { htmlLang } from '@/lib/domain/languages'
import { notFound } from 'next/navigation'
import { CopyCitationButton } from '@/components/copy-citation-button'
import { CrosswalkPanel } from '@/components/crosswalk-panel'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { SourceLink } from '@/components/ui/source-link'
import { TextKindBadge, VerificationBadge } from '@/components/ui/verification-badge'
import { db } from '@/lib/db'
import { findCrosswalksByProvision, type CrosswalkView } from '@/lib/data/drafts/find-crosswalks'
import { findVersionProvisions, getInstrument, type VersionProvision } from '@/lib/data/get-instrument'
import { formatLegalDate } from '@/lib/domain/labels'
import { instrumentKindLabels, instrumentStatusLabels } from '@/lib/schemas/enum-labels'
import { jurisdictionHref } from '@/lib/domain/links'
import { buildProvisionTree, type TreeNode } from '@/lib/domain/provision-tree'
import { firstValues, instrumentPageParamsSchema } from '@/lib/schemas/browse'
import { chooseVersion, parseInstrumentPath } from '@/lib/domain/instrument-address'
import { ProvenanceNote } from '@/components/instrument/provenance-note'
import { ProvisionNotes } from '@/components/instrument/provision-notes'
import { describeVersion, VersionSelector } from '@/components/instrument/version-selector'

type Props = {
  params: Promise<{ slug: string[] }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** /instruments/<id>, /instruments/akn/gb/act/2023/50 (the work URI) or …/eng@2025-01-01 (one expression). */
const idOrUri = (slug: string[]) => parseInstrumentPath(slug).key

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const instrument = await getInstrument(db, { idOrUri: idOrUri((await params).slug) })
  return { title: instrument?.shortTitle ?? instrument?.title ?? 'Instrument' }
}

export default async function InstrumentPage({ params, searchParams }: Props) {
  const path = parseInstrumentPath((await params).slug)
  const instrument = await getInstrument(db, { idOrUri: path.key })
  if (!instrument) notFound()
  const query = instrumentPageParamsSchema.parse(firstValues(await searchParams))
  const chosen = chooseVersion(instrument.versions, {
    expressionUri: path.expressionUri,
    version: query.version,
    date: query.date,
  })
  if (chosen.missing === 'expression') notFound()
  const version = chosen.version
  const provisions = version ? await findVersionProvisions(db, { versionId: version.id }) : []
  const tree = buildProvisionTree(provisions)
  const crosswalks = await findCrosswalksByProvision(
    db,
    provisions.map((p) => p.id),
  )

  return (
    <div>
      <PageHeader
        title={instrument.title}
        crumbs={[
          { href: '/jurisdictions', label: 'Jurisdictions' },
          { href: jurisdictionHref(instrument.jurisdiction.code), label: instrument.jurisdiction.name },
        ]}
      >
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <VerificationBadge status={instrument.verification} />
          <span className="text-sm text-slate-700">
            {instrumentKindLabels[instrument.kind]} · {instrumentStatusLabels[instrument.status]}
          </span>
        </div>
        <dl className="mt-4 grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          {instrument.officialCitation && (
            <>
              <dt className="text-slate-600">Citation</dt>
              <dd>{instrument.officialCitation}</dd>
            </>
          )}
          <dt className="text-slate-600">Work URI</dt>
          <dd className="font-mono text-xs leading-6">{instrument.uri}</dd>
          <dt className="text-slate-600">Adopted</dt>
          <dd>{formatLegalDate(instrument.adoptedOn)}</dd>
          <dt className="text-slate-600">In force</dt>
          <dd>{formatLegalDate(instrument.inForceOn)}</dd>
          {instrument.repealedOn && (
            <>
              <dt className="text-slate-600">Repealed</dt>
              <dd>{formatLegalDate(instrument.repealedOn)}</dd>
            </>
          )}
          {instrument.officialUrl && (
            <>
              <dt className="text-slate-600">Official text</dt>
              <dd>
                <SourceLink href={instrument.officialUrl} label="Open the official text" />
              </dd>
            </>
          )}
        </dl>
        {instrument.summary && <p className="mt-4 max-w-3xl text-slate-800">{instrument.summary}</p>}
      </PageHeader>

      <Section
        id="versions"
        title="Versions"
        count={instrument.versions.length}
        empty="No published version of this instrument is recorded."
      >
        {chosen.missing === 'date' && (
          <p role="status" className="mb-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
            No recorded version was in force on {formatLegalDate(new Date(`${query.date}T00:00:00Z`))}.
          </p>
        )}
        {instrument.versions.length > 0 && (
          <VersionSelector versions={instrument.versions} shownId={version?.id ?? null} date={query.date} />
        )}
        {version && (
          <div className="mt-3 space-y-1">
            <p className="font-medium">Shown: {describeVersion(version)}</p>
            <ProvenanceNote version={version} />
            <p className="text-sm">
              <a href={`/instruments${version.expressionUri}/akn.xml`} className="underline">
                Download this version as Akoma Ntoso XML
              </a>
              {' · '}
              <span className="font-mono text-xs">{version.expressionUri}</span>
            </p>
            {version.note && <p className="text-sm text-slate-600">{version.note}</p>}
          </div>
        )}
        <ul className="mt-3 space-y-1 text-sm">
          {instrument.versions.map((v) => (
            <li key={v.id}>
              {v.id === version?.id ? (
                <strong aria-current="true">{describeVersion(v)} (shown)</strong>
              ) : (
                <Link href={`/instruments${v.expressionUri.split('/').map(encodeURIComponent).join('/')}`}>
                  {describeVersion(v)}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </Section>

      <Section
        id="provisions"
        title="Provisions"
        count={provisions.length}
        empty="No provision of this version is recorded yet. The official text is linked above."
      >
        <ol className="space-y-4">
          {tree.map((node) => (
            <ProvisionItem
              key={node.id}
              node={node}
              level={3}
              crosswalks={crosswalks}
              versioned={instrument.versions.length > 1}
              lang={htmlLang(version?.language)}
            />
          ))}
        </ol>
      </Section>
    </div>
  )
}

function ProvisionItem({
  node,
  level,
  crosswalks,
  versioned,
  lang,
}: {
  node: TreeNode<VersionProvision>
  level: number
  crosswalks: Map<string, CrosswalkView[]>
  versioned: boolean
  /** The version's language: the law's own words (verbatim text) are marked with it for screen readers. */
  lang: string | undefined
}) {
  const Heading = (level <= 3 ? 'h3' : level === 4 ? 'h4' : 'h5') as 'h3' | 'h4' | 'h5'
  const textLang = node.textKind === 'VERBATIM' ? lang : undefined
  return (
    <li id={node.eId} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-2">
        <Heading className="font-semibold">
          <a href={`#${node.eId}`} className="text-slate-900">
            <span lang={textLang}>{[node.num, node.heading].filter(Boolean).join(' — ') || node.eId}</span>
          </a>
        </Heading>
        <TextKindBadge kind={node.textKind} />
        <VerificationBadge status={node.verification} />
      </div>
      {node.text && (
        <p lang={textLang} className="law-text mt-2 text-slate-800">
          {node.text}
        </p>
      )}
      <ProvisionNotes refs={node.refs} annotations={node.annotations} />
      <div className="mt-2 flex flex-wrap items-center gap-3 text-sm text-slate-700">
        <span>{node.citation}</span>
        <CopyCitationButton citation={node.citation} />
        {node.sourceUrl && <SourceLink href={node.sourceUrl} />}
        {versioned && node.text && (
          <Link href={`/compare/diff?a=${encodeURIComponent(node.id)}`}>Compare with other versions</Link>
        )}
        {node.topics.map(({ topic }) => (
          <span key={topic.slug} className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
            {topic.name}
          </span>
        ))}
      </div>
      <CrosswalkPanel
        crosswalks={crosswalks.get(node.id) ?? []}
        self={{ provisionId: node.id }}
        headingLevel={level >= 5 ? 5 : ((level + 1) as 4 | 5)}
      />
      {node.children.length > 0 && (
        <ol className="mt-3 space-y-3 border-l-2 border-slate-100 pl-4">
          {node.children.map((child) => (
            <ProvisionItem
              key={child.id}
              node={child}
              level={level + 1}
              lang={lang}
              crosswalks={crosswalks}
              versioned={versioned}
            />
          ))}
        </ol>
      )}
    </li>
  )
}
