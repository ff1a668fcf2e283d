import pg from 'pg'
import { migrate } from '@/lib/db/migrate'
import { createPrismaClient } from '@/lib/db/prisma'
import { bench } from '@/scripts/bench/search.bench'
const admin = new pg.Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/test' })
await admin.connect()
await admin.query('DROP DATABASE IF EXISTS lexbridge_prof WITH (FORCE)')
await admin.query('CREATE DATABASE lexbridge_prof')
await admin.end()
const url = 'postgresql://postgres@127.0.0.1:5432/lexbridge_prof'
await migrate(url)
const db = createPrismaClient(url, 4)
await bench.run({ url, db, target: 'server', log: console.log, args: ['--iterations=20'] })
await db.$disconnect()
