import type { Db } from './prisma'

const answers = new WeakMap<Db, Promise<boolean>>()

/**
 * True on the embedded PGlite, whose one session serves every connection (decision 0505), so a long
 * transaction or many statements at once make every other request wait; false on a server. Asked
 * once per client (`SELECT version()` names PGlite).
 */
export function holdsOneSession(db: Db): Promise<boolean> {
  let answer = answers.get(db)
  if (!answer) {
    answer = db.$queryRaw<{ v: string }[]>`SELECT version() AS v`.then(([row]) => /PGlite/i.test(row?.v ?? ''))
    answer.catch(() => answers.delete(db))
    answers.set(db, answer)
  }
  return answer
}
