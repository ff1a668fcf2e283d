-- A version number for the data the gap matrix reads, bumped in the same transaction as every
-- change to it, so a cache in any server process can tell whether what it holds is current
-- (lib/data/gaps/gap-input-cache.ts; docs/decisions/0304-gap-input-cache.md).
--
-- The bump is a deferred constraint trigger: it runs at commit, once per transaction (a
-- transaction-local setting remembers it), so the row lock on the counter is the last lock a
-- writer takes and is held only while it commits — two writers cannot deadlock on it, and a bulk
-- import costs one update, not one per row. TRUNCATE, which fires no row triggers, bumps through
-- a statement trigger.

-- CreateTable
CREATE TABLE "DataVersion" (
    "scope" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("scope")
);

INSERT INTO "DataVersion" ("scope") VALUES ('curated');

CREATE FUNCTION lexbridge_bump_data_version() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('lexbridge.data_version_bumped', true), '') <> 'on' THEN
    PERFORM set_config('lexbridge.data_version_bumped', 'on', true);
    UPDATE "DataVersion" SET "version" = "version" + 1, "changedAt" = CURRENT_TIMESTAMP WHERE "scope" = 'curated';
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'BaselineStandard', 'Criterion', 'CriterionElement', 'Topic',
    'Assessment', 'AssessmentElementResult', 'AssessmentEvidence',
    'Instrument', 'InstrumentVersion', 'Provision',
    'Reservation', 'TreatyAction',
    'Concept', 'Definition', 'AgeBenchmarkKind', 'AgeBenchmark'
  ] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER lexbridge_data_version AFTER INSERT OR UPDATE OR DELETE ON %I
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lexbridge_bump_data_version()', t);
    EXECUTE format(
      'CREATE TRIGGER lexbridge_data_version_truncate AFTER TRUNCATE ON %I
         FOR EACH STATEMENT EXECUTE FUNCTION lexbridge_bump_data_version()', t);
  END LOOP;
END $$;
