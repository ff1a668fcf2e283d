-- The date an age benchmark's age and citation were last compared with an official text
-- (issue 16: a sub-national age is "verified" only with the date of that check).

-- AlterTable
ALTER TABLE "AgeBenchmark" ADD COLUMN "lastVerifiedOn" DATE;
