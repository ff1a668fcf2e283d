import type { Tx } from '@/lib/data/curation/curated-model'
import type { ImportProblem } from '@/lib/import/import-item'

/**
 * The jurisdiction of a work from its FRBRcountry (lower case, as publishers write it):
 * "gb" → GB; a sub-national code such as "za-cpt" or "gb-sct" → that unit when the dataset has it
 * (code "ZA-CPT"), otherwise the country ("ZA") with a warning; anything else → an error naming it.
 */
export async function resolveJurisdiction(
  tx: Tx,
  country: string,
): Promise<{ id: string; code: string; warning?: ImportProblem } | { error: ImportProblem }> {
  const code = country.trim().toUpperCase()
  if (!/^[A-Z0-9]{2,3}(-[A-Z0-9]{1,6})?$/.test(code))
    return {
      error: {
        location: 'work',
        field: 'country',
        message: `"${country}" is not a jurisdiction code LexBridge knows (expected e.g. "gb", "de", "za-cpt").`,
      },
    }
  const exact = await tx.jurisdiction.findFirst({ where: { code, deletedAt: null }, select: { id: true, code: true } })
  if (exact) return exact
  const [base, sub] = code.split('-')
  if (sub) {
    const parent = await tx.jurisdiction.findFirst({
      where: { code: base, deletedAt: null },
      select: { id: true, code: true },
    })
    if (parent) {
      const warning = {
        location: 'work',
        field: 'country',
        message: `The sub-national unit "${country}" is not in the dataset; the work is filed under ${parent.code}. Add the unit and move it if needed.`,
      }
      return { ...parent, warning }
    }
  }
  return {
    error: {
      location: 'work',
      field: 'country',
      message: `Unknown jurisdiction "${country}": no jurisdiction with code ${code} exists. Add it first (Jurisdictions in /admin) or fix FRBRcountry.`,
    },
  }
}
