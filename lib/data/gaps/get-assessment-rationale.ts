import 'server-only'
import { db } from '@/lib/db'
import { published } from '../published'

/** The rationale of one assessment, fetched only for the open cell (the matrix does not carry it). */
export async function getAssessmentRationale(assessmentId: string) {
  return db.assessment.findFirst({ where: { ...published, id: assessmentId }, select: { rationale: true, assessedOn: true } })
}
