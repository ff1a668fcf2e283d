// `npm run lint`: checks every import in app/, components/, lib/, scripts/ and tests/ against the
// layer rules in layers.config.ts and lists each wrong-way import; exits 1 when there is one.
// Parses with oxc-parser (TypeScript 7 has no JavaScript API, so dependency-cruiser and
// typescript-eslint cannot read this code base).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseSync } from 'oxc-parser'
import { layerRules } from '../layers.config'

const ROOTS = ['app', 'components', 'lib', 'scripts', 'tests', 'instrumentation.ts']
const SKIP = /^lib\/generated\/|(^|\/)node_modules\//

function sourceFiles(entry: string): string[] {
  if (!existsSync(entry) || SKIP.test(`${entry}/`)) return []
  if (statSync(entry).isDirectory())
    return readdirSync(entry).flatMap((name) => sourceFiles(path.posix.join(entry, name)))
  return /[.](ts|tsx|mts)$/.test(entry) && !entry.endsWith('.d.ts') ? [entry] : []
}

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? specifier.slice(2)
    : specifier.startsWith('.')
      ? path.posix.join(path.posix.dirname(from), specifier)
      : null
  if (base === null) return null // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return base
}

type Import = { target: string; typeOnly: boolean; line: number }

function importsOf(file: string): Import[] {
  const source = readFileSync(file, 'utf8')
  const { module, errors } = parseSync(file, source)
  if (errors.length) throw new Error(`${file}: ${errors[0].message}`)
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length
  const found: { specifier: string; typeOnly: boolean; start: number }[] = [
    ...module.staticImports.map((i) => ({
      specifier: i.moduleRequest.value,
      typeOnly: i.entries.length > 0 && i.entries.every((e) => e.isType),
      start: i.start,
    })),
    ...module.staticExports.flatMap((e) =>
      e.entries
        .filter((x) => x.moduleRequest)
        .map((x) => ({ specifier: x.moduleRequest!.value, typeOnly: x.isType, start: e.start })),
    ),
    ...module.dynamicImports.flatMap((d) => {
      const literal = /^['"`]([^'"`]+)['"`]$/.exec(source.slice(d.moduleRequest.start, d.moduleRequest.end))
      return literal ? [{ specifier: literal[1], typeOnly: false, start: d.start }] : []
    }),
  ]
  return found.flatMap(({ specifier, typeOnly, start }) => {
    const target = resolve(file, specifier)
    return target ? [{ target, typeOnly, line: lineOf(start) }] : []
  })
}

const violations: string[] = []
const files = ROOTS.flatMap(sourceFiles)
for (const file of files) {
  for (const { target, typeOnly, line } of importsOf(file)) {
    for (const rule of layerRules) {
      if (!rule.from.test(file) || rule.fromNot?.test(file) || !rule.to.test(target) || rule.toNot?.test(target))
        continue
      if (typeOnly && rule.typeOnly === 'allowed') continue
      violations.push(`${file}:${line} → ${target}\n    ${rule.name}: ${rule.why}`)
    }
  }
}

if (violations.length) {
  console.error(
    `lint: ${violations.length} wrong-way import${violations.length === 1 ? '' : 's'} (rules in layers.config.ts)\n`,
  )
  console.error(violations.join('\n'))
  process.exit(1)
}
console.log(`lint: ${files.length} files, every import follows the layer rules (layers.config.ts)`)
