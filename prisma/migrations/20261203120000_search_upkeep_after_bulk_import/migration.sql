-- Search upkeep for bulk law imports (decision 0609).
--
-- 1. A bulk import may defer it: with the transaction-local setting lexbridge.defer_search = 'on'
--    a provision is written without its search vector and its words; lib/search/catch-up.ts then
--    computes both in small committed batches right after the import commits (so a reader of the
--    embedded database never waits long), and at start-up for anything a crash left behind. The
--    pending rows are those whose vector is NULL (every other write sets it), found through a
--    partial index.
--
-- 2. Vocabulary upkeep (migration 20261125093000) parsed and unaccented each changed text whole
-- and de-duplicated its words once per row, then again per statement. Unaccenting only the
-- distinct words of the whole statement gives the same words (the 'simple' configuration
-- lower-cases, unaccent maps letter by letter) for a fraction of the work: bulk law imports spent
-- 41 % of their time here (README "Performance").
CREATE FUNCTION lexbridge_words_of(bodies TEXT[]) RETURNS SETOF TEXT
LANGUAGE sql STABLE AS $$
  SELECT t FROM (
    SELECT DISTINCT unaccent(w) AS t FROM (
      SELECT DISTINCT w FROM unnest(bodies) AS b, unnest(tsvector_to_array(to_tsvector('simple', coalesce(b, '')))) AS w
    ) raw
  ) words
  WHERE length(t) BETWEEN 3 AND 40 AND t !~ '^[0-9]'
$$;

CREATE OR REPLACE FUNCTION lexbridge_collect_provision_words() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('lexbridge.defer_search', true) = 'on' THEN RETURN NULL; END IF;
  INSERT INTO "SearchTerm" (term) SELECT lexbridge_words_of(ARRAY(SELECT concat_ws(' ', heading, text) FROM changed)) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION lexbridge_collect_provision_words_on_update() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('lexbridge.defer_search', true) = 'on' THEN RETURN NULL; END IF;
  INSERT INTO "SearchTerm" (term) SELECT lexbridge_words_of(ARRAY(
    SELECT concat_ws(' ', u.heading, u.text) FROM updated u JOIN previous o ON o.id = u.id WHERE concat_ws(' ', u.heading, u.text) IS DISTINCT FROM concat_ws(' ', o.heading, o.text)
  )) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION lexbridge_collect_definition_words() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" (term) SELECT lexbridge_words_of(ARRAY(SELECT concat_ws(' ', term, text) FROM changed)) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION lexbridge_collect_definition_words_on_update() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" (term) SELECT lexbridge_words_of(ARRAY(
    SELECT concat_ws(' ', u.term, u.text) FROM updated u JOIN previous o ON o.id = u.id WHERE concat_ws(' ', u.term, u.text) IS DISTINCT FROM concat_ws(' ', o.term, o.text)
  )) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION lexbridge_collect_instrument_words() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" (term) SELECT lexbridge_words_of(ARRAY(SELECT concat_ws(' ', title, "shortTitle", summary) FROM changed)) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION lexbridge_collect_instrument_words_on_update() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" (term) SELECT lexbridge_words_of(ARRAY(
    SELECT concat_ws(' ', u.title, u."shortTitle", u.summary) FROM updated u JOIN previous o ON o.id = u.id WHERE concat_ws(' ', u.title, u."shortTitle", u.summary) IS DISTINCT FROM concat_ws(' ', o.title, o."shortTitle", o.summary)
  )) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION lexbridge_collect_jurisdiction_words() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" (term) SELECT lexbridge_words_of(ARRAY(SELECT concat_ws(' ', name, "officialName", notes) FROM changed)) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION lexbridge_collect_jurisdiction_words_on_update() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" (term) SELECT lexbridge_words_of(ARRAY(
    SELECT concat_ws(' ', u.name, u."officialName", u.notes) FROM updated u JOIN previous o ON o.id = u.id WHERE concat_ws(' ', u.name, u."officialName", u.notes) IS DISTINCT FROM concat_ws(' ', o.name, o."officialName", o.notes)
  )) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

