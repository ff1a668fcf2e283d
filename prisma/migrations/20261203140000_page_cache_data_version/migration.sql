-- Public pages are kept in memory under the data version (decision 1012). Besides what the API
-- reads (migrations 20261126090000 and 20261202130000), pages show crosswalks and provision
-- topics: a change to them must move the version too.
DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['Crosswalk', 'CrosswalkEntry', 'ProvisionTopic'] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER lexbridge_data_version AFTER INSERT OR UPDATE OR DELETE ON %I
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lexbridge_bump_data_version()', t);
    EXECUTE format(
      'CREATE TRIGGER lexbridge_data_version_truncate AFTER TRUNCATE ON %I
         FOR EACH STATEMENT EXECUTE FUNCTION lexbridge_bump_data_version()', t);
  END LOOP;
END $$;
