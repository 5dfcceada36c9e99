-- Content format v1: competency frameworks, and what a module version says of itself (level, audience,
-- competencies, objectives, prerequisites, authors, sources, completion rule), kept with the immutable version.
CREATE TABLE catalog_competency (
    code         VARCHAR(20)  NOT NULL,
    framework_id VARCHAR(100) NOT NULL,
    title_fr     VARCHAR(300) NOT NULL,
    title_en     VARCHAR(300),
    hours        INT          NOT NULL,
    PRIMARY KEY (code)
);

ALTER TABLE catalog_module_version ADD COLUMN details_json LONGTEXT;

CREATE TABLE catalog_version_competency (
    version_id BIGINT      NOT NULL,
    code       VARCHAR(20) NOT NULL,
    PRIMARY KEY (version_id, code),
    CONSTRAINT fk_catalog_version_competency_version FOREIGN KEY (version_id) REFERENCES catalog_module_version (id)
);
CREATE INDEX ix_catalog_version_competency_code ON catalog_version_competency (code);
