import { db } from '@/lib/db'
import { PageHeader } from '@/components/ui/page-header'
import { NewUserForm, UserRow } from '@/components/admin/user-forms'
import { requirePageUser } from '@/lib/auth/session'
import { findUsers } from '@/lib/data/user-accounts'
import { isRole } from '@/lib/auth/permissions'
import { createUserAction, updateUserAction } from '../_actions/user-actions'

export const metadata = { title: 'Users' }

export default async function UsersPage() {
  const user = await requirePageUser('user:manage', '/admin/users')
  const users = await findUsers(db, { user })
  return (
    <div className="max-w-5xl">
      <PageHeader
        title="Users and roles"
        crumbs={[{ href: '/admin', label: 'Curation' }]}
        lead="Editors propose changes, reviewers approve them and import, admins also manage users. Viewers need no account."
      />
      <table className="mb-8 w-full rounded-lg border border-slate-200 bg-white text-left text-sm">
        <caption className="sr-only">Accounts</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              Name
            </th>
            <th scope="col" className="px-3 py-2">
              Email
            </th>
            <th scope="col" className="px-3 py-2">
              Role
            </th>
            <th scope="col" className="px-3 py-2">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <UserRow
              key={`${u.id}-${u.role}-${u.disabled}`}
              user={{
                id: u.id,
                name: u.name,
                email: u.email,
                role: isRole(u.role) ? u.role : 'viewer',
                disabled: u.disabled,
              }}
              self={u.id === user.id}
              action={updateUserAction}
            />
          ))}
        </tbody>
      </table>
      <NewUserForm action={createUserAction} />
    </div>
  )
}
