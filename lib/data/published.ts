/** The filter every public read applies: published, not soft-deleted. */
export const published = { publicationState: 'PUBLISHED', deletedAt: null } as const
