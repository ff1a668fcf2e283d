// `npm run bench -- import [--n=100000]`: bulk import of a synthetic 100,000-provision Akoma Ntoso
// file (syntheticAkn from lib/import/formats) through the law import pipeline (lib/data/law),
// committed in one transaction (searchable at its commit), then its words added to the spelling
// vocabulary after the commit (decision 0609), timed apart. Targets (issue 13): ≥ 10,000 provisions/s on the PostgreSQL
// server, ≥ 2,000/s on the embedded PGlite. Parsing is timed separately from the import.
import { importLawDocument } from '@/lib/data/law/import-law-document'
import { syntheticAkn } from '@/lib/import/formats/synthetic-akn'
import { parseLawText } from '@/lib/import/law/parse-law-file'
import { catchUpVocabulary } from '@/lib/search/vocabulary-catch-up'
import type { BenchCase } from './bench-case'

export const bench: BenchCase = {
  name: 'import',
  async run({ db, target, log, args }) {
    const n = Number(args.find((arg) => arg.startsWith('--n='))?.slice(4) ?? 100_000)
    await db.jurisdiction.create({ data: { code: 'ZZ', name: 'Benchland', kind: 'STATE' } })
    const parseStarted = performance.now()
    // parseLawText, not parseLawFile: 100,000 provisions are over the 10 MB limit of an upload.
    const file = parseLawText(syntheticAkn(n))
    if (!file.ok) throw new Error(`the synthetic file did not parse: ${file.problems[0]?.message}`)
    const parseSeconds = (performance.now() - parseStarted) / 1000
    const source = { name: 'synthetic.akn.xml', retrievedAt: new Date(), sha256: file.sha256 }
    const started = performance.now()
    const cpu = process.cpuUsage()
    const report = await importLawDocument(db, {
      system: 'bench',
      document: file.document,
      source,
      commit: true,
      vocabulary: 'later',
    })
    const seconds = (performance.now() - started) / 1000
    const used = process.cpuUsage(cpu)
    const indexStarted = performance.now()
    const indexed = await catchUpVocabulary(db)
    const indexSeconds = (performance.now() - indexStarted) / 1000
    const cpuSeconds = (used.user + used.system) / 1e6
    if (!report.committed) throw new Error(`import failed: ${report.problems[0]?.message}`)
    const count = report.counts.provisions
    log(`parse the ${count.toLocaleString('en-GB')}-provision AKN file`.padEnd(48) + `${parseSeconds.toFixed(2)} s`)
    const rate = count / seconds
    const goal = target === 'server' ? 10_000 : 2_000
    const verdict = `${rate >= goal ? '✓' : '✗'} target ≥ ${goal.toLocaleString('en-GB')}/s`
    log(
      `import ${count.toLocaleString('en-GB')} provisions (new work)`.padEnd(48) +
        `${seconds.toFixed(2)} s   ${Math.round(rate).toLocaleString('en-GB')} provisions/s   ${verdict}`,
    )
    log(
      `  then their words for spelling corrections`.padEnd(48) +
        `${indexSeconds.toFixed(2)} s   (${indexed.toLocaleString('en-GB')} read; import + words ${Math.round(count / (seconds + indexSeconds)).toLocaleString('en-GB')} provisions/s)`,
    )
    // On a shared machine wall time depends on the load; with the embedded database the engine
    // runs in this process, so CPU time gives a load-independent figure for it.
    if (target === 'embedded') {
      log(
        `  CPU time of this process (app + embedded engine): ${cpuSeconds.toFixed(1)} s = ${Math.round(count / cpuSeconds).toLocaleString('en-GB')} provisions per CPU second`,
      )
    }
    const again = performance.now()
    const unchanged = await importLawDocument(db, { system: 'bench', document: file.document, source, commit: true })
    log(
      `re-import, same text (${unchanged.result})`.padEnd(48) + `${((performance.now() - again) / 1000).toFixed(2)} s`,
    )
  },
}
