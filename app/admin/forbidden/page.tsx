import Link from 'next/link'
import { PageHeader } from '@/components/ui/page-header'

export const metadata = { title: 'Not allowed' }

export default function ForbiddenPage() {
  return (
    <div className="max-w-2xl">
      <PageHeader
        title="Your role does not allow this"
        lead="Curation is open to editors, reviewers and admins. Ask an admin if you need access."
      />
      <Link href="/">Back to the public site</Link>
    </div>
  )
}
