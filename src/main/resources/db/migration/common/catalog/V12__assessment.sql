-- A module version's assessment (rules and question pool), as read from assessment.yml; immutable with the version.
ALTER TABLE catalog_module_version ADD COLUMN assessment_json LONGTEXT;
