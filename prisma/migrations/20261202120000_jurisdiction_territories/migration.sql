-- Dependent territories (Aruba, Bermuda, American Samoa, Hong Kong …) and places that are no
-- state at all (Antarctica, Western Sahara) were typed STATE. They get their own kinds and, for
-- territories, the sovereign state they belong to, from the ISO country reference's
-- "is_independent" column (decision 0307). "sovereignRelation" keeps that column's own words
-- ("Territory of", "Part of", "Crown dependency of", "Associated with", "Commonwealth of").
ALTER TYPE "JurisdictionKind" ADD VALUE IF NOT EXISTS 'TERRITORY';
ALTER TYPE "JurisdictionKind" ADD VALUE IF NOT EXISTS 'OTHER';

ALTER TABLE "Jurisdiction" ADD COLUMN "sovereignId" TEXT;
ALTER TABLE "Jurisdiction" ADD COLUMN "sovereignRelation" TEXT;
CREATE INDEX "Jurisdiction_sovereignId_idx" ON "Jurisdiction"("sovereignId");
ALTER TABLE "Jurisdiction" ADD CONSTRAINT "Jurisdiction_sovereignId_fkey" FOREIGN KEY ("sovereignId") REFERENCES "Jurisdiction"("id") ON DELETE SET NULL ON UPDATE CASCADE;
