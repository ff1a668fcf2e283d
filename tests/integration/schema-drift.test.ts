import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSchemaModel, type SchemaModel } from '@/lib/db/schema-model'
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database'

/**
 * Migrations are SQL we write by hand (Prisma's native schema engine is not available here), so
 * this test is what keeps prisma/schema.prisma and prisma/migrations/ in step: it migrates a fresh
 * database and compares it with the schema, as Prisma's own `migrate diff` would.
 */
let testDb: TestDatabase
let expected: SchemaModel

type Row = Record<string, string | boolean | null>

async function query(sql: string): Promise<Row[]> {
  return testDb.db.$queryRawUnsafe<Row[]>(sql)
}

function normaliseType(sqlType: string): string {
  const list = sqlType.endsWith('[]')
  const base = list ? sqlType.slice(0, -2) : sqlType
  const map: Record<string, string> = {
    TEXT: 'text',
    INTEGER: 'integer',
    BIGINT: 'bigint',
    BOOLEAN: 'boolean',
    'TIMESTAMP(3)': 'timestamp(3) without time zone',
    DATE: 'date',
    JSONB: 'jsonb',
    'DOUBLE PRECISION': 'double precision',
    TSVECTOR: 'tsvector',
  }
  const normalised = map[base] ?? base
  return list ? `${normalised}[]` : normalised
}

beforeAll(async () => {
  testDb = await createTestDatabase()
  expected = buildSchemaModel()
})
afterAll(async () => {
  await testDb?.cleanup()
})

describe(`schema.prisma matches the migrated database`, () => {
  it('has exactly the tables of the schema', async () => {
    const rows = await query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    )
    expect(rows.map((r) => r.table_name).sort()).toEqual(expected.tables.map((t) => t.name).sort())
  })

  it('has the same enums and values', async () => {
    const rows = await query(
      `SELECT t.typname AS name, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = 'public' GROUP BY t.typname`,
    )
    const actual = Object.fromEntries(rows.map((r) => [r.name, String(r.labels).split(',')]))
    expect(actual).toEqual(Object.fromEntries(expected.enums.map((e) => [e.name, e.values])))
  })

  it('has the same columns, types, nullability and defaults', async () => {
    const rows = await query(
      `SELECT c.relname AS table_name, a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS type,
              NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS default_value
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`,
    )
    const actual = rows
      .map((r) => ({
        column: `${r.table_name}.${r.column_name}`,
        type: String(r.type),
        nullable: Boolean(r.nullable),
        hasDefault: r.default_value !== null,
      }))
      .sort((a, b) => a.column.localeCompare(b.column))
    const wanted = expected.tables
      .flatMap((table) =>
        table.columns.map((column) => ({
          column: `${table.name}.${column.name}`,
          type: normaliseType(column.sqlType),
          nullable: column.nullable,
          hasDefault: column.default !== null,
        })),
      )
      .sort((a, b) => a.column.localeCompare(b.column))
    expect(actual).toEqual(wanted)
  })

  it('has every index and unique constraint the schema declares', async () => {
    const rows = await query(
      `SELECT t.relname AS table_name, i.relname AS index_name, ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
              array_to_string(ARRAY(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord), ',') AS columns
       FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public'`,
    )
    const actual = new Map(rows.map((r) => [String(r.index_name), r]))
    const missing = expected.indexes.filter((index) => {
      const row = actual.get(index.name)
      return (
        !row ||
        row.table_name !== index.table ||
        row.columns !== index.columns.join(',') ||
        Boolean(row.is_unique) !== index.unique ||
        Boolean(row.is_primary) !== index.primary
      )
    })
    expect(missing.map((index) => `${index.name} (${index.table}: ${index.columns.join(', ')})`)).toEqual([])
  })

  it('has every foreign key with its delete rule', async () => {
    const rows = await query(
      `SELECT con.conname AS name, cl.relname AS table_name, ref.relname AS ref_table,
              CASE con.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'r' THEN 'RESTRICT' WHEN 'a' THEN 'NO ACTION' WHEN 'd' THEN 'SET DEFAULT' END AS on_delete
       FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid JOIN pg_class ref ON ref.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = cl.relnamespace WHERE con.contype = 'f' AND n.nspname = 'public'`,
    )
    const actual = rows.map((r) => `${r.name} ${r.table_name}->${r.ref_table} ON DELETE ${r.on_delete}`).sort()
    const wanted = expected.foreignKeys
      .map((fk) => `${fk.name} ${fk.table}->${fk.refTable} ON DELETE ${fk.onDelete}`)
      .sort()
    expect(actual).toEqual(wanted)
  })
})
