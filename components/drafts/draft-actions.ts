import type { ComponentProps } from 'react'
import type { ActionForm } from '@/components/forms/action-form'

/**
 * The draft workspace's server actions, handed down from the page (app/drafts/[id]) as props:
 * components never import from app/ (docs/decisions/0005-one-data-shape-and-layers.md).
 */
export type FormAction = ComponentProps<typeof ActionForm>['action']

export type DraftActions = Record<
  | 'saveClause'
  | 'clauseFromProvision'
  | 'moveClause'
  | 'deleteClause'
  | 'linkRequirements'
  | 'addParticipant'
  | 'removeParticipant'
  | 'share'
  | 'unshare',
  FormAction
>
