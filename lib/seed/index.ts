export { seedDatabase, type SeedOptions } from './seed-database'
export { formatReport, totalCounts, type SeedCounts, type SeedProblem, type SeedReport } from './report'
