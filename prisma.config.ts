import { defineConfig } from 'prisma/config'

// Only the CLI reads this file. DATABASE_URL is optional here: `prisma generate` needs no database,
// and the app connects through lib/db with the pg driver adapter.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/lexbridge' },
})
