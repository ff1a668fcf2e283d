/**
 * The layer rule (docs/decisions/0005-one-data-shape-and-layers.md), checked by `npm run lint`
 * (scripts/lint-layers.ts) as a step of `npm test`:
 *
 *   app → components → lib/data → lib/domain, with lib/schemas and lib/domain below the data layer;
 *   nothing imports app/.
 *
 * Each rule forbids imports from files matching `from` to files matching `to` (paths relative to
 * the repository, `@/` resolved). Rules are per folder, so new files in an existing layer
 * (lib/import/formats/*, lib/data/**, app/api/v1/**) are checked without editing this file.
 * `typeOnly: 'allowed'` lets `import type` through (a type costs nothing at run time).
 */
export type LayerRule = {
  name: string
  why: string
  from: RegExp
  fromNot?: RegExp
  to: RegExp
  toNot?: RegExp
  typeOnly?: 'allowed'
}

const tests = /[.]test[.]tsx?$|[.]test-support[.]ts$/

export const layerRules: LayerRule[] = [
  {
    name: 'nothing-imports-app',
    why: 'app/ holds routes only; pass server actions to components as props',
    from: /^(?!app\/)/,
    to: /^app\//,
  },
  { name: 'lib-below-components', why: 'lib/ never imports components/', from: /^lib\//, to: /^components\// },
  {
    name: 'components-no-prisma',
    why: 'components get plain view types from lib/domain or lib/data, never generated Prisma types or the client',
    from: /^components\//,
    to: /^lib\/generated\/|^lib\/db[.]ts$|^lib\/db\//,
  },
  {
    name: 'components-call-no-server-code',
    why: 'components use data functions only for their types; the page calls them and passes the result',
    from: /^components\//,
    to: /^lib\/data\//,
    typeOnly: 'allowed',
  },
  {
    name: 'data-never-calls-up',
    why: 'lib/data is called by app/, scripts and tests, never the other way',
    from: /^lib\/data\//,
    to: /^lib\/(http|actions)\//,
  },
  {
    name: 'domain-is-pure',
    why: 'lib/domain is pure logic and view types: no database, no server code, no layer above it',
    from: /^lib\/domain\//,
    fromNot: tests,
    to: /^lib\/(data|db|auth|search|seed|dataset|import|export|http|actions)\/|^lib\/(env|db)[.]ts$/,
  },
  {
    name: 'domain-names-prisma-types-only',
    why: 'lib/domain may name a generated enum type, never load the Prisma client',
    from: /^lib\/domain\//,
    to: /^lib\/generated\//,
    typeOnly: 'allowed',
  },
  {
    name: 'schemas-at-the-bottom',
    why: 'lib/schemas (zod) is below lib/domain: domain may use schemas, never the other way round',
    from: /^lib\/schemas\//,
    fromNot: tests,
    to: /^lib\/(data|db|domain|search|seed|dataset|import|export|http|actions|auth)\/|^lib\/(env|db)[.]ts$/,
    toNot: /^lib\/auth\/permissions[.]ts$/,
  },
  {
    name: 'auth-below-data',
    why: 'lib/data checks permissions with lib/auth, so lib/auth never imports lib/data',
    from: /^lib\/auth\//,
    to: /^lib\/data\//,
  },
  {
    name: 'import-export-apart',
    why: 'shared exchange-format names live in lib/schemas/exchange-formats.ts',
    from: /^lib\/import\//,
    to: /^lib\/export\//,
  },
  {
    name: 'export-import-apart',
    why: 'shared exchange-format names live in lib/schemas/exchange-formats.ts',
    from: /^lib\/export\//,
    to: /^lib\/import\//,
  },
]
