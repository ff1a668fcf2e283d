import type { Prisma } from '@/lib/generated/prisma/client'
import { describeRequirements } from '@/lib/domain/drafts/feature-requirements'

/** What a clause link is called everywhere it is shown: page, snapshot, export. */
export const linkSelect = {
  id: true,
  requiredFeatures: true,
  criterion: { select: { id: true, code: true, title: true, articleRef: true, standard: { select: { name: true } } } },
  concept: { select: { id: true, slug: true, name: true } },
} satisfies Prisma.DraftClauseLinkSelect

type LinkRow = Prisma.DraftClauseLinkGetPayload<{ select: typeof linkSelect }>

export function criterionLabel(c: {
  code: string
  title: string
  articleRef: string | null
  standard: { name: string }
}) {
  return `${c.articleRef ?? `${c.standard.name}, ${c.code}`}: ${c.title}`
}

export function linkLabel(link: LinkRow): string {
  if (link.criterion) return criterionLabel(link.criterion)
  if (link.concept)
    return `Definition of ${link.concept.name.toLowerCase()}${describeRequirements(requirementsOf(link))}`
  return 'Removed link'
}

export function requirementsOf(link: { requiredFeatures: Prisma.JsonValue }): Record<string, boolean | number> {
  const value = link.requiredFeatures
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {}
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, boolean | number] => typeof entry[1] === 'boolean' || typeof entry[1] === 'number',
    ),
  )
}
