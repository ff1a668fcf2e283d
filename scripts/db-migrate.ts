// `npm run db:migrate`: applies pending migrations to DATABASE_URL's server or the embedded
// database in DATA_DIR (not while `npm start` holds it). Failures: one line (scripts/lib/cli.ts).
import './lib/cli'
import { readEnv } from '@/lib/env'
import { prepareDatabase } from '@/lib/db/prepare-database'

const database = await prepareDatabase(readEnv())
await database.close()
