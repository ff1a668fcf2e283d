// `npm run bench -- import [--n=100000]`: bulk import of a synthetic 100,000-provision law through
// the law import pipeline (lib/data/law), committed in one transaction. Targets (issue 13):
// ≥ 10,000 provisions/s on the PostgreSQL server, ≥ 2,000/s on the embedded PGlite.
import { createHash } from 'node:crypto'
import { importLawDocument } from '@/lib/data/law/import-law-document'
import { largeLawDocument } from '@/tests/support/law-documents'
import type { BenchCase } from './types'

export const bench: BenchCase = {
  name: 'import',
  async run({ db, target, log, args }) {
    const n = Number(args.find((arg) => arg.startsWith('--n='))?.slice(4) ?? 100_000)
    await db.jurisdiction.create({ data: { code: 'XQ', name: 'Benchland', kind: 'STATE' } })
    const document = largeLawDocument(n)
    const source = {
      name: 'synthetic.xml',
      retrievedAt: new Date(),
      sha256: createHash('sha256').update(String(n)).digest('hex'),
    }
    const started = performance.now()
    const cpu = process.cpuUsage()
    const report = await importLawDocument(db, { system: 'bench', document, source, commit: true })
    const seconds = (performance.now() - started) / 1000
    const used = process.cpuUsage(cpu)
    const cpuSeconds = (used.user + used.system) / 1e6
    if (!report.committed) throw new Error(`import failed: ${report.problems[0]?.message}`)
    const rate = n / seconds
    const goal = target === 'server' ? 10_000 : 2_000
    log(
      `import ${n.toLocaleString('en-GB')} provisions (new work)`.padEnd(48) +
        `${seconds.toFixed(2)} s   ${Math.round(rate).toLocaleString('en-GB')} provisions/s   ${rate >= goal ? '✓' : '✗'} target ≥ ${goal.toLocaleString('en-GB')}/s`,
    )
    // On a shared machine wall time depends on the load; with the embedded database the engine
    // runs in this process, so CPU time gives a load-independent figure for it.
    if (target === 'embedded')
      log(
        `  CPU time of this process (app + embedded engine): ${cpuSeconds.toFixed(1)} s = ${Math.round(n / cpuSeconds).toLocaleString('en-GB')} provisions per CPU second`,
      )
    const again = performance.now()
    const unchanged = await importLawDocument(db, { system: 'bench', document, source, commit: true })
    log(
      `re-import, same text (${unchanged.result})`.padEnd(48) + `${((performance.now() - again) / 1000).toFixed(2)} s`,
    )
  },
}
