import { describe, expect, it } from 'vitest'
import { can, rolePermissions, roles } from './permissions'

describe('permission table', () => {
  it('gives viewers no write permission and nothing to unknown roles', () => {
    expect(rolePermissions.viewer).toEqual([])
    expect(can('viewer', 'change:propose')).toBe(false)
    expect(can('superuser', 'curation:read')).toBe(false)
    expect(can(null, 'curation:read')).toBe(false)
  })

  it('lets editors propose but not apply, review or import', () => {
    expect(can('editor', 'change:propose')).toBe(true)
    expect(can('editor', 'record:write')).toBe(false)
    expect(can('editor', 'change:review')).toBe(false)
    expect(can('editor', 'import:run')).toBe(false)
  })

  it('lets reviewers review and write, and only admins manage users', () => {
    expect(can('reviewer', 'change:review')).toBe(true)
    expect(can('reviewer', 'record:write')).toBe(true)
    expect(can('reviewer', 'user:manage')).toBe(false)
    expect(can('admin', 'user:manage')).toBe(true)
  })

  it('orders roles so each includes the one before', () => {
    for (let i = 1; i < roles.length; i++) {
      for (const permission of rolePermissions[roles[i - 1]]) expect(rolePermissions[roles[i]]).toContain(permission)
    }
  })
})
