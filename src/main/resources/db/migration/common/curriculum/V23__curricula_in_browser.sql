-- Curricula are also built in the browser by coordinators. A slug belongs to one origin for good, held by
-- this row: the content import never adds versions to a curriculum built in the browser, and a browser
-- curriculum can never take a slug the content holds (the primary key decides, even for two saves at once).
-- Saves lock this row, so two of them never compute the same next version number.
CREATE TABLE curriculum (
    slug            VARCHAR(100) NOT NULL,
    origin          VARCHAR(10)  NOT NULL,
    owner_region_id BIGINT,
    created_by      BIGINT,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (slug),
    CONSTRAINT ck_curriculum_origin CHECK (origin IN ('content', 'browser')),
    -- a browser curriculum belongs to a region (the organisation module's id); a content one to no one
    CONSTRAINT ck_curriculum_owner CHECK ((origin = 'content' AND owner_region_id IS NULL)
        OR (origin = 'browser' AND owner_region_id IS NOT NULL))
);
CREATE INDEX ix_curriculum_owner ON curriculum (owner_region_id);

-- Every curriculum stored so far came from the content folder.
INSERT INTO curriculum (slug, origin, owner_region_id, created_by, created_at)
    SELECT slug, 'content', NULL, NULL, MIN(created_at) FROM curriculum_version GROUP BY slug;

-- Who saved a version built in the browser (a person's id); empty for versions read from the content.
ALTER TABLE curriculum_version ADD COLUMN saved_by BIGINT;
ALTER TABLE curriculum_version ADD CONSTRAINT fk_curriculum_version_curriculum FOREIGN KEY (slug) REFERENCES curriculum (slug);
