-- Search inside Postgres (the embedded engine; see docs/search.md and docs/decisions/0101-embedded-search-in-postgres.md).
-- Weighted tsvector columns kept by triggers (not generated columns: the drift test and Prisma
-- treat generated expressions as defaults, and unaccent() is not IMMUTABLE), GIN indexes, and a
-- vocabulary of words for pg_trgm typo correction. Works on PGlite (Postgres 17) and Postgres 15.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- English stemming with accents folded first, so "protección" matches "proteccion" and
-- "grooming" matches "groomed". Law in other languages is still found word for word.
CREATE TEXT SEARCH CONFIGURATION lexbridge_search (COPY = english);
ALTER TEXT SEARCH CONFIGURATION lexbridge_search
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- AlterTable
ALTER TABLE "Jurisdiction" ADD COLUMN "searchVector" TSVECTOR;
ALTER TABLE "Instrument" ADD COLUMN "searchVector" TSVECTOR;
ALTER TABLE "Provision" ADD COLUMN "searchVector" TSVECTOR;
-- A copy of the provision's topic slugs, so the topic facet and filter read the row the search
-- already fetched instead of probing ProvisionTopic once per match.
ALTER TABLE "Provision" ADD COLUMN "topicSlugs" TEXT[];
ALTER TABLE "Definition" ADD COLUMN "searchVector" TSVECTOR;

-- CreateTable
CREATE TABLE "SearchTerm" (
    "term" TEXT NOT NULL,
    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("term")
);

-- Weight A: what a reader scans first (heading, title, term); B: the text; C: numbers and citations.
CREATE FUNCTION lexbridge_weighted_vector(a TEXT, b TEXT, c TEXT) RETURNS TSVECTOR
LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('lexbridge_search', coalesce(a, '')), 'A')
      || setweight(to_tsvector('lexbridge_search', coalesce(b, '')), 'B')
      || setweight(to_tsvector('lexbridge_search', coalesce(c, '')), 'C')
$$;

-- The vocabulary: distinct plain words (3-40 letters, not starting with a digit) of some text.
CREATE FUNCTION lexbridge_words(body TEXT) RETURNS SETOF TEXT
LANGUAGE sql STABLE AS $$
  SELECT DISTINCT w FROM unnest(tsvector_to_array(to_tsvector('simple', unaccent(coalesce(body, ''))))) AS w
  WHERE length(w) BETWEEN 3 AND 40 AND w !~ '^[0-9]'
$$;

CREATE FUNCTION lexbridge_provision_vector() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := lexbridge_weighted_vector(NEW.heading, NEW.text, concat_ws(' ', NEW.num, NEW.citation));
  RETURN NEW;
END $$;

CREATE FUNCTION lexbridge_definition_vector() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := lexbridge_weighted_vector(NEW.term, NEW.text, NEW.citation);
  RETURN NEW;
END $$;

CREATE FUNCTION lexbridge_instrument_vector() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := lexbridge_weighted_vector(concat_ws(' ', NEW.title, NEW."shortTitle"), NEW.summary, NEW."officialCitation");
  RETURN NEW;
END $$;

CREATE FUNCTION lexbridge_jurisdiction_vector() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := lexbridge_weighted_vector(concat_ws(' ', NEW.name, NEW."officialName", NEW.code), NEW.notes, NULL);
  RETURN NEW;
END $$;

CREATE TRIGGER "Provision_searchVector" BEFORE INSERT OR UPDATE OF heading, text, num, citation ON "Provision"
  FOR EACH ROW EXECUTE FUNCTION lexbridge_provision_vector();
CREATE TRIGGER "Definition_searchVector" BEFORE INSERT OR UPDATE OF term, text, citation ON "Definition"
  FOR EACH ROW EXECUTE FUNCTION lexbridge_definition_vector();
CREATE TRIGGER "Instrument_searchVector" BEFORE INSERT OR UPDATE OF title, "shortTitle", summary, "officialCitation" ON "Instrument"
  FOR EACH ROW EXECUTE FUNCTION lexbridge_instrument_vector();
CREATE TRIGGER "Jurisdiction_searchVector" BEFORE INSERT OR UPDATE OF name, "officialName", code, notes ON "Jurisdiction"
  FOR EACH ROW EXECUTE FUNCTION lexbridge_jurisdiction_vector();

-- Vocabulary upkeep: one set-based insert per statement (transition tables), so a bulk load of
-- 100,000 provisions costs one pass, not 100,000. Words are never removed: a stale word can only
-- be offered as a correction that finds nothing, which the search service then does not show.
CREATE FUNCTION lexbridge_collect_provision_words() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" (term) SELECT DISTINCT lexbridge_words(concat_ws(' ', heading, text)) FROM changed ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
-- On update only rows whose text changed are read (not every status or timestamp change).
CREATE FUNCTION lexbridge_collect_provision_words_on_update() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" (term) SELECT DISTINCT lexbridge_words(concat_ws(' ', u.heading, u.text))
  FROM updated u JOIN previous o ON o.id = u.id
  WHERE concat_ws(' ', u.heading, u.text) IS DISTINCT FROM concat_ws(' ', o.heading, o.text)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE FUNCTION lexbridge_collect_definition_words() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" (term) SELECT DISTINCT lexbridge_words(concat_ws(' ', term, text)) FROM changed ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
-- On update only rows whose text changed are read (not every status or timestamp change).
CREATE FUNCTION lexbridge_collect_definition_words_on_update() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" (term) SELECT DISTINCT lexbridge_words(concat_ws(' ', u.term, u.text))
  FROM updated u JOIN previous o ON o.id = u.id
  WHERE concat_ws(' ', u.term, u.text) IS DISTINCT FROM concat_ws(' ', o.term, o.text)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE FUNCTION lexbridge_collect_instrument_words() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" (term) SELECT DISTINCT lexbridge_words(concat_ws(' ', title, "shortTitle", summary)) FROM changed ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
-- On update only rows whose text changed are read (not every status or timestamp change).
CREATE FUNCTION lexbridge_collect_instrument_words_on_update() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" (term) SELECT DISTINCT lexbridge_words(concat_ws(' ', u.title, u."shortTitle", u.summary))
  FROM updated u JOIN previous o ON o.id = u.id
  WHERE concat_ws(' ', u.title, u."shortTitle", u.summary) IS DISTINCT FROM concat_ws(' ', o.title, o."shortTitle", o.summary)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE FUNCTION lexbridge_collect_jurisdiction_words() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" (term) SELECT DISTINCT lexbridge_words(concat_ws(' ', name, "officialName", notes)) FROM changed ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
-- On update only rows whose text changed are read (not every status or timestamp change).
CREATE FUNCTION lexbridge_collect_jurisdiction_words_on_update() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" (term) SELECT DISTINCT lexbridge_words(concat_ws(' ', u.name, u."officialName", u.notes))
  FROM updated u JOIN previous o ON o.id = u.id
  WHERE concat_ws(' ', u.name, u."officialName", u.notes) IS DISTINCT FROM concat_ws(' ', o.name, o."officialName", o.notes)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

-- A trigger with a transition table may have only one event, hence one trigger per event.
CREATE TRIGGER "Provision_words_insert" AFTER INSERT ON "Provision" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION lexbridge_collect_provision_words();
CREATE TRIGGER "Provision_words_update" AFTER UPDATE ON "Provision" REFERENCING OLD TABLE AS previous NEW TABLE AS updated
  FOR EACH STATEMENT EXECUTE FUNCTION lexbridge_collect_provision_words_on_update();
CREATE TRIGGER "Definition_words_insert" AFTER INSERT ON "Definition" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION lexbridge_collect_definition_words();
CREATE TRIGGER "Definition_words_update" AFTER UPDATE ON "Definition" REFERENCING OLD TABLE AS previous NEW TABLE AS updated
  FOR EACH STATEMENT EXECUTE FUNCTION lexbridge_collect_definition_words_on_update();
CREATE TRIGGER "Instrument_words_insert" AFTER INSERT ON "Instrument" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION lexbridge_collect_instrument_words();
CREATE TRIGGER "Instrument_words_update" AFTER UPDATE ON "Instrument" REFERENCING OLD TABLE AS previous NEW TABLE AS updated
  FOR EACH STATEMENT EXECUTE FUNCTION lexbridge_collect_instrument_words_on_update();
CREATE TRIGGER "Jurisdiction_words_insert" AFTER INSERT ON "Jurisdiction" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION lexbridge_collect_jurisdiction_words();
CREATE TRIGGER "Jurisdiction_words_update" AFTER UPDATE ON "Jurisdiction" REFERENCING OLD TABLE AS previous NEW TABLE AS updated
  FOR EACH STATEMENT EXECUTE FUNCTION lexbridge_collect_jurisdiction_words_on_update();

-- Topic slugs follow ProvisionTopic (insert, delete, re-pointing) and topic renames.
CREATE FUNCTION lexbridge_refresh_topic_slugs(ids TEXT[]) RETURNS VOID LANGUAGE sql AS $$
  UPDATE "Provision" p SET "topicSlugs" = ARRAY(
    SELECT t.slug FROM "ProvisionTopic" pt JOIN "Topic" t ON t.id = pt."topicId" WHERE pt."provisionId" = p.id ORDER BY t.slug)
  WHERE p.id = ANY(ids)
$$;
CREATE FUNCTION lexbridge_topic_slugs_from_new() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lexbridge_refresh_topic_slugs(ARRAY(SELECT DISTINCT "provisionId" FROM changed));
  RETURN NULL;
END $$;
CREATE FUNCTION lexbridge_topic_slugs_from_old() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lexbridge_refresh_topic_slugs(ARRAY(SELECT DISTINCT "provisionId" FROM removed));
  RETURN NULL;
END $$;
CREATE FUNCTION lexbridge_topic_slugs_from_both() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lexbridge_refresh_topic_slugs(ARRAY(SELECT "provisionId" FROM changed UNION SELECT "provisionId" FROM removed));
  RETURN NULL;
END $$;
CREATE FUNCTION lexbridge_topic_slugs_on_rename() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lexbridge_refresh_topic_slugs(ARRAY(SELECT pt."provisionId" FROM "ProvisionTopic" pt WHERE pt."topicId" IN (SELECT id FROM changed)));
  RETURN NULL;
END $$;
CREATE TRIGGER "ProvisionTopic_slugs_insert" AFTER INSERT ON "ProvisionTopic" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION lexbridge_topic_slugs_from_new();
CREATE TRIGGER "ProvisionTopic_slugs_delete" AFTER DELETE ON "ProvisionTopic" REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION lexbridge_topic_slugs_from_old();
CREATE TRIGGER "ProvisionTopic_slugs_update" AFTER UPDATE ON "ProvisionTopic" REFERENCING OLD TABLE AS removed NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION lexbridge_topic_slugs_from_both();
CREATE TRIGGER "Topic_slugs_rename" AFTER UPDATE ON "Topic" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION lexbridge_topic_slugs_on_rename();

-- The whole vocabulary from scratch (backfill, and `npm run search:reindex`).
CREATE FUNCTION lexbridge_rebuild_vocabulary() RETURNS VOID LANGUAGE sql AS $$
  DELETE FROM "SearchTerm";
  INSERT INTO "SearchTerm" (term)
  SELECT lexbridge_words(concat_ws(' ', heading, text)) FROM "Provision"
  UNION SELECT lexbridge_words(concat_ws(' ', term, text)) FROM "Definition"
  UNION SELECT lexbridge_words(concat_ws(' ', title, "shortTitle", summary)) FROM "Instrument"
  UNION SELECT lexbridge_words(concat_ws(' ', name, "officialName", notes)) FROM "Jurisdiction";
$$;

-- Backfill rows that exist already (a database seeded before this migration).
UPDATE "Provision" SET "searchVector" = lexbridge_weighted_vector(heading, text, concat_ws(' ', num, citation));
SELECT lexbridge_refresh_topic_slugs(ARRAY(SELECT DISTINCT "provisionId" FROM "ProvisionTopic"));
UPDATE "Definition" SET "searchVector" = lexbridge_weighted_vector(term, text, citation);
UPDATE "Instrument" SET "searchVector" = lexbridge_weighted_vector(concat_ws(' ', title, "shortTitle"), summary, "officialCitation");
UPDATE "Jurisdiction" SET "searchVector" = lexbridge_weighted_vector(concat_ws(' ', name, "officialName", code), notes, NULL);
SELECT lexbridge_rebuild_vocabulary();

-- CreateIndex (SQL only: Prisma cannot declare GIN indexes on Unsupported columns)
CREATE INDEX "Provision_searchVector_idx" ON "Provision" USING GIN ("searchVector");
CREATE INDEX "Definition_searchVector_idx" ON "Definition" USING GIN ("searchVector");
CREATE INDEX "Instrument_searchVector_idx" ON "Instrument" USING GIN ("searchVector");
CREATE INDEX "Jurisdiction_searchVector_idx" ON "Jurisdiction" USING GIN ("searchVector");
CREATE INDEX "SearchTerm_term_trgm_idx" ON "SearchTerm" USING GIN (term gin_trgm_ops);
-- The outbox worker claims due, unprocessed rows in id order.
CREATE INDEX "SearchOutbox_pending_idx" ON "SearchOutbox" ("availableAt", id) WHERE "processedAt" IS NULL;
