import { db } from '@/lib/db'
import type { Metadata } from 'next'
import { StandardPicker } from '@/components/gaps/standard-picker'
import { PageHeader } from '@/components/ui/page-header'
import { findStandards } from '@/lib/data/find-standards'

export const metadata: Metadata = { title: 'Baseline standards' }

export default async function StandardsPage() {
  const standards = await findStandards(db)
  return (
    <div>
      <PageHeader
        title="Baseline standards"
        lead="The rubrics LexBridge assesses laws against: treaty articles and model legislation, broken down into criteria and elements, each traced to the article it comes from."
      />
      <StandardPicker standards={standards} />
    </div>
  )
}
