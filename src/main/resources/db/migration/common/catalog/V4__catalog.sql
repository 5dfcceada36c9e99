-- Modules as lasting identities, their immutable versions, lessons, and lesson texts (kept apart so that
-- outlines never load them).
CREATE TABLE catalog_module (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    slug                  VARCHAR(100) NOT NULL,
    current_version_id    BIGINT,
    latest_version_number INT          NOT NULL,
    created_at            DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_catalog_module_slug UNIQUE (slug)
);

CREATE TABLE catalog_module_version (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    module_id        BIGINT        NOT NULL,
    slug             VARCHAR(100)  NOT NULL,
    version_number   INT           NOT NULL,
    content_hash     VARCHAR(64)   NOT NULL,
    title_fr         VARCHAR(300)  NOT NULL,
    title_en         VARCHAR(300),
    summary_fr       VARCHAR(2000) NOT NULL,
    summary_en       VARCHAR(2000),
    axis             VARCHAR(40)   NOT NULL,
    duration_minutes INT           NOT NULL,
    imported_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_catalog_module_version UNIQUE (module_id, version_number),
    CONSTRAINT fk_catalog_module_version_module FOREIGN KEY (module_id) REFERENCES catalog_module (id)
);

CREATE TABLE catalog_lesson (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    version_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    slug       VARCHAR(100) NOT NULL,
    title_fr   VARCHAR(300) NOT NULL,
    title_en   VARCHAR(300),
    PRIMARY KEY (id),
    CONSTRAINT uk_catalog_lesson_position UNIQUE (version_id, position),
    CONSTRAINT uk_catalog_lesson_slug UNIQUE (version_id, slug),
    CONSTRAINT fk_catalog_lesson_version FOREIGN KEY (version_id) REFERENCES catalog_module_version (id)
);

CREATE TABLE catalog_lesson_body (
    lesson_id   BIGINT   NOT NULL,
    markdown_fr LONGTEXT NOT NULL,
    markdown_en LONGTEXT,
    PRIMARY KEY (lesson_id),
    CONSTRAINT fk_catalog_lesson_body_lesson FOREIGN KEY (lesson_id) REFERENCES catalog_lesson (id)
);
