import type { FieldErrors } from '@/lib/errors/app-error'
import { validationError } from '@/lib/errors/app-error'
import type { Tx } from './curated-model'

/**
 * Turns the natural keys in a record input (codes, URIs, slugs, "uri#eId") into database ids.
 * Collects every unresolved reference as a field error, so a form or an import row reports them
 * all at once; `assertResolved` throws them as one VALIDATION error. Cached per instance, so an
 * import resolves each key once, and sees rows created earlier in the same transaction.
 */
type RowAt = { row: number; column: string }

export class RefResolver {
  readonly errors: FieldErrors = {}
  private cache = new Map<string, string | null>()

  constructor(private tx: Tx) {}

  /** A chunked import resolves through each chunk's own transaction (lib/data/exchange/run-import.ts). */
  use(tx: Tx) {
    this.tx = tx
  }

  /**
   * A row a rolled-back preview chunk created: later chunks resolve its key to it, as they would
   * in one transaction (the keys are those of the lookups above, e.g. "j:GB", "i:/akn/gb/act/2023/50").
   */
  remember(key: string, id: string) {
    this.cache.set(key, id)
  }

  private async cached(key: string, load: () => Promise<string | null>) {
    if (!this.cache.has(key)) this.cache.set(key, await load())
    return this.cache.get(key) ?? null
  }

  /** `row`: the 0-based entry of a list field, so the message says which row ("entry 2, provision: …"). */
  private fail(field: string, message: string, at?: RowAt) {
    ;(this.errors[field] ??= []).push(at ? `entry ${at.row + 1}, ${at.column}: ${message}` : message)
    return null
  }

  async jurisdiction(field: string, code: string | null) {
    if (!code) return null
    const id = await this.cached(
      `j:${code}`,
      async () =>
        (await this.tx.jurisdiction.findFirst({ where: { code, deletedAt: null }, select: { id: true } }))?.id ?? null,
    )
    return id ?? this.fail(field, `No jurisdiction with code "${code}"`)
  }

  async instrument(field: string, uri: string | null) {
    if (!uri) return null
    const id = await this.cached(
      `i:${uri}`,
      async () =>
        (await this.tx.instrument.findFirst({ where: { uri, deletedAt: null }, select: { id: true } }))?.id ?? null,
    )
    return id ?? this.fail(field, `No instrument with URI "${uri}"`)
  }

  async version(field: string, expressionUri: string | null) {
    if (!expressionUri) return null
    const id = await this.cached(
      `v:${expressionUri}`,
      async () =>
        (await this.tx.instrumentVersion.findFirst({ where: { expressionUri, deletedAt: null }, select: { id: true } }))
          ?.id ?? null,
    )
    return id ?? this.fail(field, `No instrument version with expression URI "${expressionUri}"`)
  }

  /** "<expression uri>#<eId>" names one version; "<work uri>#<eId>" means the latest version that has it. */
  async provision(field: string, ref: string | null, at?: RowAt) {
    if (!ref) return null
    const [uri, eId] = ref.split('#')
    const id = await this.cached(`p:${ref}`, async () => {
      const found = await this.tx.provision.findFirst({
        where: {
          eId,
          deletedAt: null,
          instrumentVersion: { deletedAt: null, OR: [{ expressionUri: uri }, { instrument: { uri } }] },
        },
        orderBy: [
          { instrumentVersion: { validFrom: { sort: 'desc', nulls: 'last' } } },
          { instrumentVersion: { createdAt: 'desc' } },
        ],
        select: { id: true },
      })
      return found?.id ?? null
    })
    return id ?? this.fail(field, `No provision "${ref}": check the URI and the eId`, at)
  }

  async provisionInVersion(field: string, versionId: string | null, eId: string | null) {
    if (!versionId || !eId) return null
    const id = await this.cached(
      `pv:${versionId}#${eId}`,
      async () =>
        (await this.tx.provision.findFirst({ where: { versionId, eId, deletedAt: null }, select: { id: true } }))?.id ??
        null,
    )
    return id ?? this.fail(field, `No provision "${eId}" in this version`)
  }

  async concept(field: string, slug: string | null) {
    if (!slug) return null
    const id = await this.cached(
      `c:${slug}`,
      async () => (await this.tx.concept.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null,
    )
    return id ?? this.fail(field, `No concept "${slug}"`)
  }

  async ageKind(field: string, code: string | null) {
    if (!code) return null
    const id = await this.cached(
      `k:${code}`,
      async () => (await this.tx.ageBenchmarkKind.findUnique({ where: { code }, select: { id: true } }))?.id ?? null,
    )
    return id ?? this.fail(field, `No age benchmark kind "${code}"`)
  }

  async topic(field: string, slug: string | null) {
    if (!slug) return null
    const id = await this.cached(
      `t:${slug}`,
      async () =>
        (await this.tx.topic.findFirst({ where: { slug, deletedAt: null }, select: { id: true } }))?.id ?? null,
    )
    return id ?? this.fail(field, `No topic "${slug}"`)
  }

  async standard(field: string, slug: string | null) {
    if (!slug) return null
    const id = await this.cached(
      `s:${slug}`,
      async () =>
        (await this.tx.baselineStandard.findFirst({ where: { slug, deletedAt: null }, select: { id: true } }))?.id ??
        null,
    )
    return id ?? this.fail(field, `No baseline standard "${slug}"`)
  }

  /** "<standard slug>/<criterion code>" */
  async criterion(field: string, ref: string | null, at?: RowAt) {
    if (!ref) return null
    const slash = ref.indexOf('/')
    const [slug, code] = [ref.slice(0, slash), ref.slice(slash + 1)]
    const id = await this.cached(
      `cr:${ref}`,
      async () =>
        (
          await this.tx.criterion.findFirst({
            where: { code, deletedAt: null, standard: { slug } },
            select: { id: true },
          })
        )?.id ?? null,
    )
    return id ?? this.fail(field, `No criterion "${ref}"`, at)
  }

  /** An element of a criterion by its code. */
  async element(field: string, criterionId: string | null, code: string | null, at?: RowAt) {
    if (!criterionId || !code) return null
    const id = await this.cached(
      `el:${criterionId}/${code}`,
      async () =>
        (await this.tx.criterionElement.findFirst({ where: { criterionId, code }, select: { id: true } }))?.id ?? null,
    )
    return id ?? this.fail(field, `The criterion has no element "${code}"`, at)
  }

  /** Forget lookups (after a row is created, a later row in the same import may refer to it). */
  forget() {
    for (const [key, value] of this.cache) if (value === null) this.cache.delete(key)
  }

  assertResolved() {
    if (Object.keys(this.errors).length) {
      const errors = { ...this.errors }
      for (const key of Object.keys(this.errors)) delete this.errors[key]
      throw validationError(errors, 'Some references do not match an existing record.')
    }
  }
}

/** Resolved ids must be non-null once assertResolved has passed; this says so to the type checker. */
export function required(id: string | null): string {
  return id as string
}
