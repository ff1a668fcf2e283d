import Link from 'next/link'
import { CopyCitationButton } from '@/components/copy-citation-button'
import { SourceLink } from '@/components/ui/source-link'
import { TextKindBadge, VerificationBadge } from '@/components/ui/verification-badge'
import type { DefinitionSummary } from '@/lib/domain/compare/compare-views'

/** A legal definition in a comparison cell: the term, the text (or an excerpt), citation and badges. */
export function DefinitionCard({ definition, full = false }: { definition: DefinitionSummary; full?: boolean }) {
  return (
    <article className="rounded-md border border-slate-200 bg-white p-3" aria-label={`“${definition.term}”`}>
      <h4 className="text-sm font-semibold text-slate-900">“{definition.term}”</h4>
      <blockquote className="law-text mt-1 border-l-4 border-slate-200 pl-2 text-sm text-slate-800">
        {full ? definition.text : definition.excerpt}
      </blockquote>
      <div className="mt-2 flex flex-wrap items-center gap-1.5">
        <VerificationBadge status={definition.verification} />
        <TextKindBadge kind={definition.textKind} />
      </div>
      <p className="mt-2 text-xs text-slate-800">
        {definition.href ? (
          <Link href={definition.href}>{definition.citation}</Link>
        ) : (
          <cite className="not-italic">{definition.citation}</cite>
        )}
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
        {definition.sourceUrl && <SourceLink href={definition.sourceUrl} />}
        <CopyCitationButton citation={definition.citation} />
      </div>
    </article>
  )
}
