// Quick shape check of prisma/data (zod only, no database). `npm run data:check` does the full check.
import './lib/cli'
import { readDataset } from '@/lib/dataset/read-dataset'

const { dataset, issues } = readDataset()
for (const issue of issues) console.error(`${issue.file} ${issue.path ? `[${issue.path}]` : ''}: ${issue.message}`)
console.log(
  `instruments ${dataset.instruments.length}, jurisdiction files ${dataset.jurisdictions.length}, treaty files ${dataset.treaties.length}, standards ${dataset.standards.length}; ${issues.length} problem(s)`,
)
process.exit(issues.length ? 1 : 0)
