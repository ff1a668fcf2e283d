import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import type { z } from 'zod'
import {
  dataCrosswalksSchema,
  dataInstrumentSchema,
  dataJurisdictionLawSchema,
  dataOrganisationsSchema,
  dataStandardSchema,
  dataSubnationalSchema,
  dataTaxonomySchema,
  dataTreatyFileSchema,
} from '@/lib/schemas/dataset'

export type DatasetIssue = { file: string; path: string; message: string }

export type Dataset = {
  taxonomy: z.infer<typeof dataTaxonomySchema> | null
  organisations: z.infer<typeof dataOrganisationsSchema>
  subnational: z.infer<typeof dataSubnationalSchema>
  crosswalks: z.infer<typeof dataCrosswalksSchema>
  instruments: { file: string; data: z.infer<typeof dataInstrumentSchema> }[]
  jurisdictions: { file: string; data: z.infer<typeof dataJurisdictionLawSchema> }[]
  treaties: { file: string; data: z.infer<typeof dataTreatyFileSchema> }[]
  standards: { file: string; data: z.infer<typeof dataStandardSchema> }[]
}

export const DEFAULT_DATA_DIR = path.join(process.cwd(), 'prisma', 'data')

/** Reads and validates every dataset file; returns the parsed data and every problem found, with file and path. */
export function readDataset(dataDir = DEFAULT_DATA_DIR): { dataset: Dataset; issues: DatasetIssue[] } {
  const issues: DatasetIssue[] = []

  function parseFile<T extends z.ZodType>(file: string, schema: T): z.infer<T> | null {
    const relative = path.relative(process.cwd(), file)
    let raw: unknown
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'))
    } catch (error) {
      issues.push({ file: relative, path: '', message: `not valid JSON: ${(error as Error).message}` })
      return null
    }
    const result = schema.safeParse(raw)
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({ file: relative, path: issue.path.join('.'), message: issue.message })
      }
      return null
    }
    return result.data
  }

  function parseFolder<T extends z.ZodType>(folder: string, schema: T) {
    const dir = path.join(dataDir, folder)
    if (!existsSync(dir)) return []
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .flatMap((name) => {
        const file = path.join(dir, name)
        const data = parseFile(file, schema)
        return data ? [{ file: path.relative(process.cwd(), file), data }] : []
      })
  }

  function parseOptional<T extends z.ZodType>(name: string, schema: T, fallback: z.infer<T>): z.infer<T> {
    const file = path.join(dataDir, name)
    if (!existsSync(file)) return fallback
    return parseFile(file, schema) ?? fallback
  }

  const dataset: Dataset = {
    taxonomy: parseOptional('taxonomy.json', dataTaxonomySchema, null as never),
    organisations: parseOptional('organisations.json', dataOrganisationsSchema, []),
    subnational: parseOptional('subnational.json', dataSubnationalSchema, []),
    crosswalks: parseOptional('crosswalks.json', dataCrosswalksSchema, []),
    instruments: parseFolder('instruments', dataInstrumentSchema),
    jurisdictions: parseFolder('jurisdictions', dataJurisdictionLawSchema),
    treaties: parseFolder('treaties', dataTreatyFileSchema),
    standards: parseFolder('standards', dataStandardSchema),
  }
  return { dataset, issues }
}
