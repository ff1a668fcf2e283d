-- The public API (/api/v1/*) caches its responses under the data version (decision 0801), and
-- reads jurisdictions and memberships, which the gap matrix's triggers (20261126090000) did not
-- cover: a renamed or unpublished jurisdiction must move the version too, or the API would keep
-- serving the old row. Same deferred, once-per-transaction trigger as the other tables.

DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['Jurisdiction', 'Membership'] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER lexbridge_data_version AFTER INSERT OR UPDATE OR DELETE ON %I
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lexbridge_bump_data_version()', t);
    EXECUTE format(
      'CREATE TRIGGER lexbridge_data_version_truncate AFTER TRUNCATE ON %I
         FOR EACH STATEMENT EXECUTE FUNCTION lexbridge_bump_data_version()', t);
  END LOOP;
END $$;
