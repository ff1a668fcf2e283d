/** The key of one (jurisdiction, criterion) result in the maps the surfaces share (find-criterion-results.ts). */
export const resultKey = (jurisdictionId: string, criterionId: string) => `${jurisdictionId}|${criterionId}`
