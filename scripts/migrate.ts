// `npm run db:migrate`: applies pending migrations to DATABASE_URL's server or the embedded
// database in DATA_DIR (not while `npm start` holds it).
import { readEnv } from '@/lib/env'
import { prepareDatabase } from '@/lib/db/prepare-database'

try {
  const database = await prepareDatabase(readEnv())
  await database.close()
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
