// `npm run user:create -- --admin --email you@example.org --name "Your Name"` (or --role editor|reviewer|viewer).
// The password is asked for (hidden) on a terminal, or read from the first line of stdin
// (`echo "$PW" | npm run user:create -- …`); there is no default password, ever.
import { cliArgs } from './lib/cli'
import { createInterface } from 'node:readline'
import { readEnv } from '@/lib/env'
import { prepareDatabase } from '@/lib/db/prepare-database'
import { createPrismaClient } from '@/lib/db/prisma'
import { insertUser } from '@/lib/data/user-accounts'
import { isAppError } from '@/lib/errors/app-error'
import { newUserSchema } from '@/lib/schemas/users'

const { values } = cliArgs(
  'user:create',
  {
    options: {
      admin: { type: 'boolean' },
      role: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
    },
  },
  'npm run user:create -- (--admin | --role editor|reviewer|viewer) --email ADDRESS --name "NAME"',
)

async function ask(question: string, hidden: boolean): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY })
  if (hidden && process.stdin.isTTY) {
    // Echo nothing while the password is typed.
    ;(rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.startsWith(question)) process.stdout.write(question)
    }
  }
  const answer = await new Promise<string>((resolve) => rl.question(question, resolve))
  rl.close()
  if (hidden && process.stdin.isTTY) process.stdout.write('\n')
  return answer.trim()
}

const email = values.email ?? (await ask('Email: ', false))
const name = values.name ?? (await ask('Name: ', false))
const password = await ask('Password (at least 12 characters): ', true)
const parsed = newUserSchema.safeParse({
  email,
  name,
  password,
  role: values.admin ? 'admin' : (values.role ?? 'editor'),
})
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`  ${issue.path.join('.')}: ${issue.message}`)
  process.exit(1)
}
const database = await prepareDatabase(readEnv(), (line) => console.log(`[user] ${line}`))
const db = createPrismaClient(database.url, 2)
let code = 0
try {
  const user = await insertUser(db, parsed.data)
  console.log(`[user] created ${user.email} with role ${user.role}`)
} catch (error) {
  console.error(
    `[user] ${
      isAppError(error)
        ? Object.values(error.fieldErrors ?? {})
            .flat()
            .join(' ') || error.message
        : (error as Error).message
    }`,
  )
  code = 1
} finally {
  await db.$disconnect()
  await database.close()
}
process.exit(code)
