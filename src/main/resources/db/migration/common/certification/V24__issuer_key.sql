-- The keys that sign Open Badges credentials when none is configured (socle.certification.issuer-key, which
-- production sets from its environment). The key in use has slot 'signing'; the unique slot lets nodes that
-- start together each try to insert a key of their own: one row wins and every node reads that one back.
-- A retired key keeps its row with no slot, so that what it signed can still be verified.
CREATE TABLE issuer_key (
    kid         VARCHAR(64)  NOT NULL,
    algorithm   VARCHAR(20)  NOT NULL,
    public_key  VARCHAR(200) NOT NULL,
    private_key VARCHAR(200) NOT NULL,
    slot        VARCHAR(20),
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (kid),
    CONSTRAINT uq_issuer_key_slot UNIQUE (slot)
);
