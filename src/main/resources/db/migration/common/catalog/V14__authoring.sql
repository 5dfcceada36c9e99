-- Where each version came from: the content/ folder, a module archive, or the browser review workflow.
-- A restart re-imports content/: files already imported once change nothing, even when a newer version
-- was published from the browser since.
ALTER TABLE catalog_module_version ADD COLUMN origin VARCHAR(20) NOT NULL DEFAULT 'files';

-- Modules being written or revised in the browser: the files of the content format, a review state and
-- every transition of that state (who, when, comment). One open draft per module at a time: open_slug
-- holds the slug while the draft is open and NULL once published or withdrawn.
CREATE TABLE catalog_draft (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    slug                 VARCHAR(100) NOT NULL,
    open_slug            VARCHAR(100),
    author_id            BIGINT       NOT NULL,
    state                VARCHAR(30)  NOT NULL,
    based_on_version_id  BIGINT,
    published_version_id BIGINT,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    lock_version         BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_catalog_draft_open_slug UNIQUE (open_slug)
);
CREATE INDEX ix_catalog_draft_author ON catalog_draft (author_id, state);
CREATE INDEX ix_catalog_draft_state ON catalog_draft (state);

CREATE TABLE catalog_draft_file (
    draft_id BIGINT       NOT NULL,
    path     VARCHAR(300) NOT NULL,
    content  LONGTEXT     NOT NULL,
    PRIMARY KEY (draft_id, path),
    CONSTRAINT fk_catalog_draft_file_draft FOREIGN KEY (draft_id) REFERENCES catalog_draft (id)
);

CREATE TABLE catalog_draft_transition (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    draft_id   BIGINT        NOT NULL,
    from_state VARCHAR(30),
    to_state   VARCHAR(30)   NOT NULL,
    actor_id   BIGINT        NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    comment    VARCHAR(4000),
    PRIMARY KEY (id),
    CONSTRAINT fk_catalog_draft_transition_draft FOREIGN KEY (draft_id) REFERENCES catalog_draft (id)
);
CREATE INDEX ix_catalog_draft_transition_draft ON catalog_draft_transition (draft_id, occurred_at);
