-- lexbridge_words(body), the per-row vocabulary function of migration 20261125093000, has had no
-- caller since the vocabulary triggers read whole statements through lexbridge_words_of
-- (migration 20261203120000).
DROP FUNCTION lexbridge_words(TEXT);
