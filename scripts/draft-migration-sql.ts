// Prints the SQL that would create the whole schema in prisma/schema.prisma from empty.
// Prisma's native schema engine (`prisma migrate diff`) cannot be downloaded on our machines;
// use this output as a starting point and write the ALTER statements of a new migration by hand.
// tests/integration/schema-drift.test.ts fails until the migrated database matches the schema.
import { buildSchemaModel, renderCreateSql } from '@/lib/db/schema-model'

process.stdout.write(renderCreateSql(buildSchemaModel()))
