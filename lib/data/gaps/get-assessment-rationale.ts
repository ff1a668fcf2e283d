import 'server-only'
import type { Db } from '@/lib/db/prisma'
import { published } from '../published'

/** The rationale of one assessment, fetched only for the open cell (the matrix does not carry it). */
export async function getAssessmentRationale(db: Db, { assessmentId }: { assessmentId: string }) {
  return db.assessment.findFirst({
    where: { ...published, id: assessmentId },
    select: { rationale: true, assessedOn: true },
  })
}
