'use client'

import { useRouter } from 'next/navigation'
import { authClient } from '@/lib/auth/auth-client'

export function SignOutButton() {
  const router = useRouter()
  return (
    <button
      type="button"
      onClick={async () => {
        await authClient.signOut()
        router.push('/')
        router.refresh()
      }}
      className="text-slate-700 underline-offset-2 hover:text-brand-700 hover:underline"
    >
      Sign out
    </button>
  )
}
