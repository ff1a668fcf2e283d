/**
 * Roles and what each may do: the one permission table. Pure (no server imports) so the UI can
 * hide what a user cannot do; every action and route handler still checks on the server.
 *
 * viewer   — reads published data (also: anyone without an account)
 * editor   — proposes changes (drafts), which wait for review
 * reviewer — approves or rejects proposals, edits directly, imports
 * admin    — everything, plus managing users and roles
 */
export const roles = ['viewer', 'editor', 'reviewer', 'admin'] as const
export type Role = (typeof roles)[number]

const permissions = [
  'curation:read', // open /admin, see drafts, pending changes and history
  'change:propose', // submit a change for review
  'change:review', // approve or reject someone's change
  'record:write', // apply a change directly (no review)
  'import:run', // commit a bulk import
  'export:run', // download dumps and CSV
  'audit:read', // read the audit log
  'user:manage', // create users, change roles, disable accounts
  'sources:sync', // fetch official texts from their publishers now (npm run sources:sync does the same)
] as const
export type Permission = (typeof permissions)[number]

const editor: Permission[] = ['curation:read', 'change:propose', 'export:run', 'audit:read']
const reviewer: Permission[] = [...editor, 'change:review', 'record:write', 'import:run']

export const rolePermissions: Record<Role, readonly Permission[]> = {
  viewer: [],
  editor,
  reviewer,
  admin: [...reviewer, 'user:manage', 'sources:sync'],
}

export const roleLabels: Record<Role, string> = {
  viewer: 'Viewer',
  editor: 'Editor',
  reviewer: 'Reviewer',
  admin: 'Admin',
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value)
}

/** Unknown roles (a hand-edited database) get no permission at all. */
export function can(role: string | null | undefined, permission: Permission): boolean {
  return isRole(role) && rolePermissions[role].includes(permission)
}
