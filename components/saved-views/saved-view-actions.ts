import type { FormAction } from '@/components/drafts/draft-actions'

/** The saved-view server actions (app/saved/actions.ts), handed down as props: components never import app/. */
export type SavedViewActions = Record<'save' | 'rename' | 'remove' | 'open', FormAction>
