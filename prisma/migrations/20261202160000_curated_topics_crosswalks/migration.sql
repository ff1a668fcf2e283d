-- Topics (the taxonomy) and crosswalks are curated in /admin like every other record (issue 19
-- item 6): the write path needs the optimistic-lock version, the soft delete and the publication
-- state it keeps on every curated row.

-- AlterTable
ALTER TABLE "Topic" ADD COLUMN "publicationState" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "deletedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Crosswalk" ADD COLUMN "publicationState" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "deletedAt" TIMESTAMP(3);
