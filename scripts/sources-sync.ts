// `npm run sources:sync [-- --instrument /akn/gb/act/1998/29]`: fetches each instrument's official
// machine-readable text (officialTextUrl) with If-None-Match / If-Modified-Since and imports the
// texts that changed as new versions (lib/data/law/sync-official-texts.ts). A failed, partial or
// unparsable download changes nothing and is reported; the exit code is 1 when any failed.
import { parseArgs } from 'node:util'
import { readEnv } from '@/lib/env'
import { prepareDatabase } from '@/lib/db/prepare-database'
import { createPrismaClient } from '@/lib/db/prisma'
import { isAppError } from '@/lib/errors/app-error'
import { syncOfficialTexts } from '@/lib/data/law/sync-official-texts'

const { values } = parseArgs({ options: { instrument: { type: 'string', multiple: true } } })
const database = await prepareDatabase(readEnv(), (line) => console.log(`[sync] ${line}`))
const db = createPrismaClient(database.url, 4)
let code = 0
try {
  const ids = values.instrument?.length
    ? (await db.instrument.findMany({ where: { uri: { in: values.instrument } }, select: { id: true } })).map(
        (row) => row.id,
      )
    : undefined
  const outcomes = await syncOfficialTexts(db, {
    system: 'sources:sync',
    instrumentIds: ids,
    onOutcome: (o) => console.log(`  ${o.status.padEnd(12)} ${o.instrument}  ${o.message}`),
  })
  const count = (status: string) => outcomes.filter((o) => o.status === status).length
  console.log(
    `[sync] ${outcomes.length} checked: ${count('imported')} imported, ${count('unchanged')} unchanged, ${count('not-modified')} not modified, ${count('failed')} failed`,
  )
  if (!outcomes.length) console.log('[sync] no instrument has an officialTextUrl yet.')
  if (count('failed')) code = 1
} catch (error) {
  console.error(`[sync] ${isAppError(error) ? error.message : (error as Error).message}`)
  code = 1
} finally {
  await db.$disconnect()
  await database.close()
}
process.exit(code)
