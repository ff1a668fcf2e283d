// `npm run bench -- import [--n=100000]`: bulk import of a synthetic 100,000-provision law through
// the law import pipeline (lib/import/law), committed in one transaction. Targets (issue 13):
// ≥ 10,000 provisions/s on the PostgreSQL server, ≥ 2,000/s on the embedded PGlite.
import { createHash } from 'node:crypto'
import { importLawDocument } from '@/lib/import/law/import-law-document'
import { largeLawDocument } from '@/tests/support/law-documents'
import type { BenchCase } from './types'

export const bench: BenchCase = {
  name: 'import',
  async run({ db, target, log, args }) {
    const n = Number(args.find((arg) => arg.startsWith('--n='))?.slice(4) ?? 100_000)
    await db.jurisdiction.create({ data: { code: 'XQ', name: 'Benchland', kind: 'STATE' } })
    const document = largeLawDocument(n)
    const source = { name: 'synthetic.xml', retrievedAt: new Date(), sha256: createHash('sha256').update(String(n)).digest('hex') }
    const started = performance.now()
    const report = await importLawDocument(db, { actor: { system: 'bench' }, document, source, commit: true })
    const seconds = (performance.now() - started) / 1000
    if (!report.committed) throw new Error(`import failed: ${report.problems[0]?.message}`)
    const rate = n / seconds
    const goal = target === 'server' ? 10_000 : 2_000
    log(`import ${n.toLocaleString('en-GB')} provisions (new work)`.padEnd(48) + `${seconds.toFixed(2)} s   ${Math.round(rate).toLocaleString('en-GB')} provisions/s   ${rate >= goal ? '✓' : '✗'} target ≥ ${goal.toLocaleString('en-GB')}/s`)
    const again = performance.now()
    const unchanged = await importLawDocument(db, { actor: { system: 'bench' }, document, source, commit: true })
    log(`re-import, same text (${unchanged.result})`.padEnd(48) + `${((performance.now() - again) / 1000).toFixed(2)} s`)
  },
}
