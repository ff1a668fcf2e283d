export { seedDatabase } from './seed-database'
export { formatReport, totalCounts, type SeedReport } from './report'
