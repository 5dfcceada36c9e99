-- Curricula as versions, like modules: a changed curriculum file becomes a new version, earlier ones stay.
CREATE TABLE curriculum_version (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    slug           VARCHAR(100)  NOT NULL,
    version_number INT           NOT NULL,
    content_hash   VARCHAR(64)   NOT NULL,
    title_fr       VARCHAR(300)  NOT NULL,
    title_en       VARCHAR(300),
    summary_fr     VARCHAR(2000),
    summary_en     VARCHAR(2000),
    created_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_curriculum_version UNIQUE (slug, version_number)
);

CREATE TABLE curriculum_step (
    version_id  BIGINT       NOT NULL,
    position    INT          NOT NULL,
    module_slug VARCHAR(100) NOT NULL,
    required    BOOLEAN      NOT NULL,
    PRIMARY KEY (version_id, position),
    CONSTRAINT fk_curriculum_step_version FOREIGN KEY (version_id) REFERENCES curriculum_version (id)
);

-- A curriculum (or a single module) assigned to the people of an establishment or a region, with a due
-- date; people who join later receive it too. Never deleted: ended with ends_at.
CREATE TABLE assignment (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    curriculum_slug  VARCHAR(100) NOT NULL,
    target_kind      VARCHAR(20)  NOT NULL,
    target_id        BIGINT       NOT NULL,
    due_on           DATE         NOT NULL,
    assigned_by      BIGINT       NOT NULL,
    assigned_at      DATETIME(6)  NOT NULL,
    ends_at          DATETIME(6),
    PRIMARY KEY (id)
);
CREATE INDEX ix_assignment_target ON assignment (target_kind, target_id);
