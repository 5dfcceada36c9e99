-- Images and documents of modules, stored once per content (SHA-256) in the database shared by every
-- application node, never in a folder the web server serves as is. Which version or draft uses which file
-- under which name is kept apart; the type is the one found in the content, not the one a browser sent.
CREATE TABLE catalog_media (
    sha256       VARCHAR(64)  NOT NULL,
    content_type VARCHAR(60)  NOT NULL,
    size_bytes   INT          NOT NULL,
    content      LONGBLOB     NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (sha256)
);

CREATE TABLE catalog_version_media (
    version_id BIGINT       NOT NULL,
    path       VARCHAR(300) NOT NULL,
    sha256     VARCHAR(64)  NOT NULL,
    PRIMARY KEY (version_id, path),
    CONSTRAINT fk_catalog_version_media_version FOREIGN KEY (version_id) REFERENCES catalog_module_version (id),
    CONSTRAINT fk_catalog_version_media_media FOREIGN KEY (sha256) REFERENCES catalog_media (sha256)
);

CREATE TABLE catalog_draft_media (
    draft_id BIGINT       NOT NULL,
    path     VARCHAR(300) NOT NULL,
    sha256   VARCHAR(64)  NOT NULL,
    PRIMARY KEY (draft_id, path),
    CONSTRAINT fk_catalog_draft_media_draft FOREIGN KEY (draft_id) REFERENCES catalog_draft (id),
    CONSTRAINT fk_catalog_draft_media_media FOREIGN KEY (sha256) REFERENCES catalog_media (sha256)
);
