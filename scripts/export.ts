// `npm run export` → full dump (every table, history and accounts) as JSON, to stdout or --out FILE.
// `npm run export -- --records` → records JSON; `npm run export -- --csv provisions` → one CSV.
import { cliArgs } from './lib/cli'
import { writeFileSync } from 'node:fs'
import { readEnv } from '@/lib/env'
import { prepareDatabase } from '@/lib/db/prepare-database'
import { createPrismaClient } from '@/lib/db/prisma'
import { createDump } from '@/lib/data/exchange/dump'
import { exportRecordsCsv, exportRecordsJson } from '@/lib/data/exchange/records-export'
import { isRecordTypeKey, recordTypeKeys } from '@/lib/schemas/records'

const { values } = cliArgs(
  'export',
  { options: { out: { type: 'string' }, records: { type: 'boolean' }, csv: { type: 'string' } } },
  'npm run export -- [--out FILE] [--records | --csv <record type>]',
)
if (values.csv && !isRecordTypeKey(values.csv)) {
  console.error(`--csv takes one of: ${recordTypeKeys.join(', ')}`)
  process.exit(1)
}
// Log to stderr so stdout stays a clean file.
const database = await prepareDatabase(readEnv(), (line) => console.error(`[export] ${line}`))
const db = createPrismaClient(database.url, 2)
// The CLI runs with the operator's shell access, which already means full access: act as admin.
const operator = { id: 'cli', name: 'command line', email: 'cli@localhost', role: 'admin' as const }
let code = 0
try {
  const body =
    values.csv && isRecordTypeKey(values.csv)
      ? await exportRecordsCsv(db, { user: operator, type: values.csv })
      : JSON.stringify(
          values.records ? await exportRecordsJson(db, { user: operator }) : await createDump(db),
          null,
          values.records ? 2 : 0,
        )
  if (values.out) {
    writeFileSync(values.out, body)
    console.error(`[export] wrote ${values.out}`)
  } else process.stdout.write(body)
} catch (error) {
  console.error(`[export] failed: ${(error as Error).message}`)
  code = 1
} finally {
  await db.$disconnect()
  await database.close()
}
process.exit(code)
