/** The hidden fields every draft-changing form carries: which draft, and the version the user saw (optimistic locking). */
export function DraftIds({ draftId, version }: { draftId: string; version: number }) {
  return (
    <>
      <input type="hidden" name="draftId" value={draftId} />
      <input type="hidden" name="version" value={version} />
    </>
  )
}
