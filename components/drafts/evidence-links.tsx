import Link from 'next/link'
import type { EvidenceRef } from '@/lib/domain/drafts/conformity'

/** Citations of the provisions behind a verdict, each linked to the provision when it is in LexBridge. */
export function EvidenceLinks({ evidence }: { evidence: EvidenceRef[] }) {
  if (evidence.length === 0) return null
  return (
    <span>
      {evidence.map((e, i) => (
        <span key={`${e.citation}-${i}`}>
          {i > 0 && '; '}
          {e.href ? <Link href={e.href}>{e.citation}</Link> : e.citation}
        </span>
      ))}
    </span>
  )
}
