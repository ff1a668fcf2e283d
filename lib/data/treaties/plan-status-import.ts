import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Db } from '@/lib/db/prisma'
import { COUNTRY_CODES_FILE } from '@/lib/dataset/countries'
import { DEFAULT_DATA_DIR } from '@/lib/dataset/read-dataset'
import { configOf } from '@/lib/data/curation/configs'
import { treatyActionLabels } from '@/lib/schemas/enum-labels'
import { countryNameResolver, normaliseName } from '@/lib/import/treaty-status/country-names'
import { parseStatusPage } from '@/lib/import/treaty-status/detect'
import type { StatusPage } from '@/lib/import/treaty-status/status-page'
import type { ImportItem, ImportProblem } from '@/lib/import/import-item'

/**
 * Turns a depositary's status page into import items for the ordinary import path (same write
 * path as the forms: dry run, all-or-nothing, one revision per change). An action is matched
 * to the recorded one of the same participant and kind, whatever its date, so a newer page
 * corrects dates instead of adding a second ratification; nothing is deleted — recorded actions
 * the page no longer lists are reported for a curator to review. The treaty's statusAsOf and
 * statusSourceUrl are set from the page.
 */
export type StatusImportPlan = {
  items: ImportItem[]
  problems: ImportProblem[]
  /** What a curator should know that is not an error: recorded actions absent from the page, texts not imported. */
  notes: string[]
  page: Pick<StatusPage, 'format' | 'statusAsOf'> | null
  treatyUri: string | null
}

export type StatusImportOptions = {
  text: string
  /** The treaty's work URI; otherwise found from the page (CETS number, or the UN page's title) */
  treaty?: string
  /** The page's address; otherwise its canonical link, or the treaty's current status page */
  sourceUrl?: string
  /** The curator attests the file is the depositary's own page: rows become verified on `today` */
  verified?: boolean
  today: string
  dataDir?: string
}

type Row = Record<string, unknown> & { id: string }

async function findTreaty(db: Db, page: StatusPage, uri: string | undefined) {
  const select = { ...configOf('instruments').select, id: true }
  const kinds = { in: ['TREATY' as const, 'PROTOCOL' as const] }
  if (uri) return (await db.instrument.findFirst({ where: { uri, deletedAt: null }, select })) as Row | null
  if (page.cetsNumber)
    return (await db.instrument.findFirst({
      where: { uri: { endsWith: `/cets-${page.cetsNumber}` }, kind: kinds, deletedAt: null },
      select,
    })) as Row | null
  // UN pages: the longest treaty title the page's heading contains ("Optional Protocol to the Convention on the Rights of the Child …" over the Convention).
  const heading = normaliseName(`${page.treatyLabel ?? ''} ${page.heading}`)
  const titles = await db.instrument.findMany({
    where: { kind: kinds, deletedAt: null },
    select: { id: true, title: true },
  })
  const best = titles
    .filter((t) => heading.includes(normaliseName(t.title)))
    .sort((a, b) => b.title.length - a.title.length)[0]
  return best ? ((await db.instrument.findUnique({ where: { id: best.id }, select })) as Row | null) : null
}

export async function planStatusImport(db: Db, options: StatusImportOptions): Promise<StatusImportPlan> {
  const plan: StatusImportPlan = { items: [], problems: [], notes: [], page: null, treatyUri: null }
  // Names: the country reference first, then every jurisdiction LexBridge knows by name.
  const jurisdictions = await db.jurisdiction.findMany({
    where: { deletedAt: null },
    select: { code: true, name: true, officialName: true },
  })
  const extra: Record<string, string> = {}
  for (const j of jurisdictions) for (const name of [j.name, j.officialName]) if (name) extra[name] = j.code
  const csv = readFileSync(path.join(options.dataDir ?? DEFAULT_DATA_DIR, COUNTRY_CODES_FILE), 'utf8')
  const reference = countryNameResolver(csv)
  const known = new Map(Object.entries(extra).map(([name, code]) => [normaliseName(name), code]))
  const resolve = (name: string) => reference(name) ?? known.get(normaliseName(name)) ?? null

  const { page, problems } = parseStatusPage(options.text, resolve)
  plan.problems.push(...problems)
  if (!page) return plan
  plan.page = { format: page.format, statusAsOf: page.statusAsOf }

  const treaty = await findTreaty(db, page, options.treaty)
  if (!treaty) {
    plan.problems.push({
      location: 'file',
      message: `Which treaty is this? No treaty ${options.treaty ?? page.treatyLabel ?? ''} in LexBridge: give its work URI (--treaty /akn/…).`,
    })
    return plan
  }
  const treatyInput = configOf('instruments').toInput(treaty) as Record<string, unknown>
  plan.treatyUri = treatyInput.uri as string
  const sourceUrl = options.sourceUrl ?? page.sourceUrl ?? (treatyInput.statusSourceUrl as string | null)
  if (!sourceUrl)
    plan.problems.push({
      location: 'file',
      message: 'The page does not say its address: give it (--source-url https://…) so each action cites it.',
    })

  const codes = new Set(jurisdictions.map((j) => j.code))
  const verification = options.verified ? { verification: 'VERIFIED', lastVerifiedOn: options.today } : {}
  const actionConfig = configOf('treaty-actions')
  const existingActions = (await db.treatyAction.findMany({
    where: { treatyId: treaty.id, deletedAt: null },
    select: { ...actionConfig.select, id: true },
  })) as Row[]
  const actionsByKey = new Map<string, Row>()
  for (const row of existingActions) {
    const input = actionConfig.toInput(row) as Record<string, unknown>
    actionsByKey.set(`${input.jurisdiction}|${input.action}`, row)
  }
  const reservationConfig = configOf('reservations')
  const existingReservations = (await db.reservation.findMany({
    where: { treatyId: treaty.id, deletedAt: null },
    select: { ...reservationConfig.select, id: true },
  })) as Row[]
  const reservationKey = (code: string, kind: string, articles: string[]) =>
    `${code}|${kind}|${[...articles].sort().join(',')}`
  const reservationsByKey = new Map<string, Row>()
  for (const row of existingReservations) {
    const input = reservationConfig.toInput(row) as Record<string, unknown>
    reservationsByKey.set(
      reservationKey(input.jurisdiction as string, input.kind as string, input.articles as string[]),
      row,
    )
  }

  const seen = new Set<string>()
  for (const participant of page.participants) {
    const location = `${participant.name} (${participant.code})`
    if (!codes.has(participant.code)) {
      plan.problems.push({
        location,
        message: `No jurisdiction ${participant.code} for "${participant.name}" in LexBridge.`,
      })
      continue
    }
    for (const action of participant.actions) {
      const key = `${participant.code}|${action.action}`
      seen.add(key)
      const existing = actionsByKey.get(key)
      const dates = {
        actionDate: action.date.date,
        datePrecision: action.date.precision,
        ...(action.entryIntoForce ? { entryIntoForceOn: action.entryIntoForce } : {}),
      }
      const where = `${location} ${treatyActionLabels[action.action].toLowerCase()}`
      if (existing) {
        const current = actionConfig.toInput(existing) as Record<string, unknown>
        plan.items.push({
          type: 'treaty-actions',
          location: where,
          id: existing.id,
          payload: { ...current, ...dates, sourceUrl: sourceUrl ?? current.sourceUrl, ...verification },
        })
      } else {
        plan.items.push({
          type: 'treaty-actions',
          location: where,
          payload: {
            treaty: plan.treatyUri,
            jurisdiction: participant.code,
            action: action.action,
            ...dates,
            sourceUrl,
            verification: 'NEEDS_REVIEW',
            ...verification,
          },
        })
      }
    }
    for (const reservation of participant.reservations) {
      if (!reservation.articles.length) {
        plan.notes.push(
          `${location}: a ${reservation.kind.toLowerCase()} names no article and was not imported; add it by hand with its articles.`,
        )
        continue
      }
      const existing = reservationsByKey.get(reservationKey(participant.code, reservation.kind, reservation.articles))
      const fields = {
        text: reservation.text,
        textKind: 'VERBATIM',
        ...(reservation.madeOn ? { madeOn: reservation.madeOn } : {}),
        sourceUrl,
      }
      const where = `${location} ${reservation.kind.toLowerCase()} art. ${reservation.articles.join(', ')}`
      if (existing) {
        const current = reservationConfig.toInput(existing) as Record<string, unknown>
        plan.items.push({
          type: 'reservations',
          location: where,
          id: existing.id,
          payload: { ...current, ...fields, sourceUrl: sourceUrl ?? current.sourceUrl, ...verification },
        })
      } else {
        plan.items.push({
          type: 'reservations',
          location: where,
          payload: {
            treaty: plan.treatyUri,
            jurisdiction: participant.code,
            kind: reservation.kind,
            articles: reservation.articles,
            ...fields,
            verification: 'NEEDS_REVIEW',
            ...verification,
          },
        })
      }
    }
  }
  for (const [key, row] of actionsByKey) {
    if (seen.has(key)) continue
    const input = actionConfig.toInput(row) as Record<string, unknown>
    plan.notes.push(
      `${input.jurisdiction}: recorded ${String(input.action).toLowerCase()} ${input.actionDate ?? '(no date)'} is not on this page; kept — review it.`,
    )
  }
  plan.items.push({
    type: 'instruments',
    location: `${plan.treatyUri} status`,
    id: treaty.id,
    payload: { ...treatyInput, statusAsOf: page.statusAsOf, statusSourceUrl: sourceUrl ?? treatyInput.statusSourceUrl },
  })
  return plan
}
