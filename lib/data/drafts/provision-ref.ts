import type { Prisma } from '@/lib/generated/prisma/client'
import { provisionHref } from '@/lib/domain/links'

/** The fields needed to cite and link a provision, selected the same way everywhere. */
export const provisionRefSelect = {
  id: true,
  eId: true,
  citation: true,
  instrumentVersion: { select: { instrument: { select: { uri: true } } } },
} satisfies Prisma.ProvisionSelect

type ProvisionRefRow = Prisma.ProvisionGetPayload<{ select: typeof provisionRefSelect }>

export function toEvidenceRef(p: ProvisionRefRow, pinpoint?: string | null) {
  return {
    citation: pinpoint ? `${p.citation}, ${pinpoint}` : p.citation,
    href: provisionHref(p.instrumentVersion.instrument.uri, p.eId),
  }
}
