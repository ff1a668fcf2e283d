-- A clause linked to a concept can say which definition features it requires (e.g. CSAM that
-- covers AI-generated material); the conformity forecast compares them with each definition.
ALTER TABLE "DraftClauseLink" ADD COLUMN "requiredFeatures" JSONB NOT NULL DEFAULT '{}';
