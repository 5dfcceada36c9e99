-- The source files of each module version exactly as imported, so that a version can be exported in the
-- content format and re-imported unchanged (the content hash is computed over these same files).
CREATE TABLE catalog_version_file (
    version_id BIGINT       NOT NULL,
    path       VARCHAR(300) NOT NULL,
    content    LONGTEXT     NOT NULL,
    PRIMARY KEY (version_id, path),
    CONSTRAINT fk_catalog_version_file_version FOREIGN KEY (version_id) REFERENCES catalog_module_version (id)
);
