-- Provenance of imported official texts and the sync state of each instrument's official
-- machine-readable text (issue 13; docs/decisions/0605-law-import-pipeline.md).

-- AlterTable
ALTER TABLE "Instrument" ADD COLUMN "officialTextUrl" TEXT,
ADD COLUMN "syncEtag" TEXT,
ADD COLUMN "syncLastModified" TEXT,
ADD COLUMN "syncCheckedAt" TIMESTAMP(3),
ADD COLUMN "syncStatus" TEXT;

-- AlterTable
ALTER TABLE "InstrumentVersion" ADD COLUMN "sourceFormat" TEXT,
ADD COLUMN "retrievedAt" TIMESTAMP(3),
ADD COLUMN "sourceSha256" TEXT,
ADD COLUMN "importedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Provision" ADD COLUMN "tag" TEXT,
ADD COLUMN "refs" JSONB,
ADD COLUMN "annotations" JSONB;
