import Link from 'next/link'
import { CopyCitationButton } from '@/components/copy-citation-button'
import { TextKindBadge, VerificationBadge } from '@/components/ui/verification-badge'
import type { ProvisionSummary } from '@/lib/domain/compare/compare-views'

/** A provision in a comparison cell: heading, readable excerpt, citation, link to the full text, badges. */
export function ProvisionCard({ provision, diffHref }: { provision: ProvisionSummary; diffHref: string }) {
  const title = [provision.num, provision.heading].filter(Boolean).join(' — ') || provision.citation
  return (
    <article className="rounded-md border border-slate-200 bg-white p-3" aria-label={title}>
      <h4 className="text-sm font-semibold text-slate-900">{title}</h4>
      <p className="text-xs text-slate-700">{provision.instrument.shortTitle ?? provision.instrument.title}</p>
      <p className="law-text mt-2 text-sm text-slate-800">{provision.excerpt}</p>
      <div className="mt-2 flex flex-wrap items-center gap-1.5">
        <VerificationBadge status={provision.verification} />
        <TextKindBadge kind={provision.textKind} />
      </div>
      <p className="mt-2 text-xs text-slate-800">
        <cite className="not-italic">{provision.citation}</cite>
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
        <Link href={provision.href}>
          {provision.truncated ? 'Read the full provision' : 'Open the provision'}
          <span className="sr-only"> {provision.citation}</span>
        </Link>
        <Link href={diffHref} className="no-print">
          Compare text<span className="sr-only"> of {provision.citation}</span>
        </Link>
        <CopyCitationButton citation={provision.citation} />
      </div>
    </article>
  )
}
