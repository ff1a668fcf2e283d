-- Curator-only working notes ("date not found on the chart") move out of public fields into
-- their own column, shown in /admin and never selected by public pages, the API or exports
-- (docs/treaty-status.md, decision 0700). A treaty keeps the date and address of the depositary
-- status page its actions were last compared with.

-- AlterTable
ALTER TABLE "Jurisdiction" ADD COLUMN "curatorNote" TEXT;
ALTER TABLE "Membership" ADD COLUMN "curatorNote" TEXT;
ALTER TABLE "Definition" ADD COLUMN "curatorNote" TEXT;
ALTER TABLE "TreatyAction" ADD COLUMN "curatorNote" TEXT;
ALTER TABLE "TreatyAction" ADD COLUMN "entryIntoForceOn" DATE;
ALTER TABLE "Reservation" ADD COLUMN "curatorNote" TEXT;
ALTER TABLE "Assessment" ADD COLUMN "curatorNote" TEXT;
ALTER TABLE "AssessmentElementResult" ADD COLUMN "curatorNote" TEXT;
ALTER TABLE "CriterionElement" ADD COLUMN "curatorNote" TEXT;
ALTER TABLE "Instrument" ADD COLUMN "curatorNote" TEXT;
ALTER TABLE "InstrumentVersion" ADD COLUMN "curatorNote" TEXT;
ALTER TABLE "Provision" ADD COLUMN "curatorNote" TEXT;
ALTER TABLE "AgeBenchmark" ADD COLUMN "curatorNote" TEXT;
ALTER TABLE "BaselineStandard" ADD COLUMN "curatorNote" TEXT;
ALTER TABLE "Instrument" ADD COLUMN "statusAsOf" DATE;
ALTER TABLE "Instrument" ADD COLUMN "statusSourceUrl" TEXT;
